// Ports: the OS services core needs, as small interfaces. The Electron shell, the browser preview
// and the tests each plug in their own implementation; core never imports electron.

/** Time. `now` is wall-clock (for records); `monotonicMs` never jumps (for durations). */
export interface Clock {
  now(): Date;
  monotonicMs(): number;
}

export const systemClock: Clock = {
  now: () => new Date(),
  monotonicMs: () => performance.now(),
};

/**
 * The operating system's secret store (Electron safeStorage). `usable` is false where it would
 * only obfuscate (Linux `basic_text`, no keyring): the cache then needs a passphrase.
 */
export interface KeychainPort {
  status(): Promise<{ usable: boolean; backend: string }>;
  encrypt(plain: Uint8Array): Promise<Uint8Array>;
  decrypt(sealed: Uint8Array): Promise<Uint8Array>;
}

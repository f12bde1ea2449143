// How long a host waits for core to answer a call before telling the page core did not answer:
// every call has a deadline, so a stuck core never leaves a screen waiting forever. Most calls are
// local and answer in milliseconds; a few wait for the network or for whole downloads.
const DEFAULT_MS = 60_000;
const LONG: Record<string, number> = {
  // Waits for the sync run, downloads included.
  'sync.now': 30 * 60_000,
  // Reads an archive not yet unpacked (a CD of thousands of images).
  'imaging.archive': 30 * 60_000,
  // Attempts wait their turn behind each other's key derivation.
  'cache.unlock': 5 * 60_000,
};

export function callDeadlineMs(method: string): number {
  return LONG[method] ?? DEFAULT_MS;
}

// Messages between a host (Electron shell or browser-preview server) and its core process.
// Both sides validate what they receive: the other process is a separate trust domain.
import { z } from 'zod';

export const PORT_OPS = ['keychain.status', 'keychain.encrypt', 'keychain.decrypt'] as const;
export type PortOp = (typeof PORT_OPS)[number];

export const HostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), config: z.unknown() }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('shutdown') }),
  z.object({ type: z.literal('port-result'), id: z.number().int(), ok: z.boolean(), value: z.unknown() }),
  /** Document bytes travel beside the contract, never as JSON: info, then ranges. */
  z.object({ type: z.literal('content-info'), id: z.number().int(), ref: z.string().max(200) }),
  z.object({ type: z.literal('content-read'), id: z.number().int(), ref: z.string().max(200), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

export const CoreMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('init-failed'), message: z.string() }),
  z.object({ type: z.literal('result'), id: z.number().int(), result: z.unknown() }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('content'), id: z.number().int(), ok: z.boolean(), value: z.unknown(), code: z.string().optional() }),
  /** Core asks its host for an OS service only the host has (the keychain lives in Electron's main). */
  z.object({ type: z.literal('port-call'), id: z.number().int(), op: z.enum(PORT_OPS), data: z.custom<Uint8Array>((v) => v instanceof Uint8Array).optional() }),
]);
export type CoreMessage = z.infer<typeof CoreMessage>;

/** The two ends of a message channel, whatever carries it (utilityProcess, child_process, ...). */
export interface MessageChannelEnd<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

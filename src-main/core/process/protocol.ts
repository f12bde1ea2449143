// Messages between a host (Electron shell or browser-preview server) and its core process.
// Both sides validate what they receive: the other process is a separate trust domain.
import { z } from 'zod';

export const HostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), config: z.unknown() }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('shutdown') }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

export const CoreMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('init-failed'), message: z.string() }),
  z.object({ type: z.literal('result'), id: z.number().int(), result: z.unknown() }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
]);
export type CoreMessage = z.infer<typeof CoreMessage>;

/** The two ends of a message channel, whatever carries it (utilityProcess, child_process, ...). */
export interface MessageChannelEnd<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

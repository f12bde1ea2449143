// Runs a core behind a message channel: waits for `init`, then answers calls and forwards events.
import type { EventName } from '../../../src-preload/contract';
import { createCore, type Core } from '../core';
import type { Logger } from '../log/logger';
import { HostMessage, type CoreMessage, type MessageChannelEnd } from './protocol';

export function serveCore(
  channel: MessageChannelEnd<CoreMessage, unknown>,
  log: Logger,
  onShutdown: () => void,
): void {
  let core: Core | null = null;
  const emit = (event: EventName, payload: unknown) => channel.post({ type: 'event', event, payload });

  channel.onMessage(async (raw) => {
    const parsed = HostMessage.safeParse(raw);
    if (!parsed.success) {
      log.warn('ignored a malformed message from the host');
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'init':
        try {
          core = createCore(message.config, { log, emit });
          channel.post({ type: 'ready' });
        } catch (error) {
          log.error('core failed to start', { error: log.describe(error) });
          channel.post({ type: 'init-failed', message: 'The workstation core could not start.' });
        }
        return;
      case 'call': {
        const result = core
          ? await core.call(message.method, message.input)
          : { ok: false, error: { code: 'CORE_UNAVAILABLE', message: 'The workstation core is not started.' } };
        channel.post({ type: 'result', id: message.id, result });
        return;
      }
      case 'shutdown':
        await core?.close();
        onShutdown();
        return;
    }
  });
}

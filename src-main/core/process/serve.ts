// Runs a core behind a message channel: waits for `init`, then answers calls and forwards events.
import type { EventName } from '../../../contract';
import { CoreConfig } from '../config';
import { createCore, type Core } from '../core';
import { CoreError } from '../rpc/core-error';
import type { Logger } from '../log/logger';
import { HostMessage, type CoreMessage, type MessageChannelEnd } from './protocol';
import { remoteKeychain, type PortCaller } from './remote-keychain';

export function serveCore(channel: MessageChannelEnd<CoreMessage, unknown>, log: Logger, onShutdown: () => void): void {
  let core: Core | null = null;
  let keychain: PortCaller | null = null;
  const emit = (event: EventName, payload: unknown) => channel.post({ type: 'event', event, payload });

  const answer = async (raw: unknown): Promise<void> => {
    const parsed = HostMessage.safeParse(raw);
    if (!parsed.success) {
      log.warn('ignored a malformed message from the host');
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'init':
        try {
          const config = CoreConfig.parse(message.config);
          keychain = config.keychain ? remoteKeychain((m) => channel.post(m)) : null;
          core = createCore(config, { log, emit, keychain: keychain?.port ?? null });
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
      case 'content-info':
      case 'content-read': {
        if (!core) return channel.post({ type: 'content', id: message.id, ok: false, value: null, code: 'CORE_UNAVAILABLE' });
        try {
          const value =
            message.type === 'content-info' ? await core.documents.info(message.ref) : await core.documents.read(message.ref, message.start, message.end);
          channel.post({ type: 'content', id: message.id, ok: true, value });
        } catch (error) {
          const code = error instanceof CoreError ? error.code : 'INTERNAL';
          channel.post({ type: 'content', id: message.id, ok: false, value: null, code });
        }
        return;
      }
      case 'port-result':
        keychain?.settle(message.id, message.ok, message.value);
        return;
      case 'shutdown':
        await core?.close();
        onShutdown();
        return;
    }
  };
  // A message that fails past its own handling (a shutdown that cannot close) is logged, never left unhandled.
  channel.onMessage((raw) => void answer(raw).catch((error: unknown) => log.error('host message not handled', { error: log.describe(error) })));
}

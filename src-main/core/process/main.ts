// Entry point of the core process. Electron starts it as a utility process (messages through
// `process.parentPort`); the browser preview and tests fork it as a Node child (`process.send`).
import { createLogger } from '../log/logger';
import { serveCore } from './serve';
import type { CoreMessage, MessageChannelEnd } from './protocol';
import { useBundledWorker } from '../work/off-thread';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function channelToHost(): MessageChannelEnd<CoreMessage, unknown> {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      post: (m) => parentPort.postMessage(m),
      onMessage: (l) => parentPort.on('message', (e) => l(e.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The core process must be started by a host (no message channel).');
  return { post: (m) => send(m), onMessage: (l) => process.on('message', l) };
}

// Built, this entry is out/main/core.js and the worker thread's entry sits beside it (worker.js).
if (!import.meta.url.endsWith('.ts')) useBundledWorker(new URL('./worker.js', import.meta.url));

const log = createLogger((line) => process.stderr.write(`${line}\n`));
// Node's default crash output prints the error's message and stack, which can quote a file's
// contents: a crash is logged as its type only, then the process exits for the host to report.
const crash = (error: unknown) => {
  log.error('core crashed', { error: log.describe(error) });
  process.exit(70);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
serveCore(channelToHost(), log, () => process.exit(0));
// The host going away (crash, window closed) must not leave an orphan holding the database open.
process.on('disconnect', () => process.exit(0));

// A running core: configuration, services and the handler table, with one entry point for calls.
// The same object runs inside the core process (Electron utility process or Node child) and,
// for tests, in the test's own process.
import { mkdirSync } from 'node:fs';
import type { EventName, Result } from '../../src-preload/contract';
import { CoreConfig } from './config';
import type { CoreContext } from './context';
import { buildHandlerTable } from './handlers';
import type { Logger } from './log/logger';
import { systemClock, type Clock } from './ports';
import { dispatch } from './rpc/registry';
import { openSettingsStore } from './settings/settings-store';

export interface Core {
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export interface CoreServices {
  log: Logger;
  clock?: Clock;
  emit: (event: EventName, payload: unknown) => void;
}

export function createCore(rawConfig: unknown, services: CoreServices): Core {
  const config = CoreConfig.parse(rawConfig);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const table = buildHandlerTable();
  const ctx: CoreContext = {
    config,
    log: services.log,
    clock: services.clock ?? systemClock,
    settings: openSettingsStore(config.dataDir),
    emit: (event, payload) => services.emit(event, payload),
  };
  return {
    call: (method, input) => dispatch(table, ctx, services.log, method, input),
    close: async () => {},
  };
}

// A running core: configuration, services and the handler table, with one entry point for calls.
// The same object runs inside the core process (Electron utility process or Node child) and,
// for tests, in the test's own process.
import { mkdirSync } from 'node:fs';
import type { EventName, Result } from '../../contract';
import { CoreConfig } from './config';
import type { CoreContext } from './context';
import { buildHandlerTable } from './handlers';
import type { Logger } from './log/logger';
import { systemClock, type Clock, type KeychainPort } from './ports';
import { CaseCache } from './cache/case-cache';
import type { FreeDiskBytes } from './vault/vault';
import type { ScryptCost } from './cache/key-wrap';
import { dispatch } from './rpc/registry';
import { openSettingsStore } from './settings/settings-store';
import { SyncEngine } from './sync/sync-engine';
import { DocumentContent } from './documents/document-content';
import { TimerService } from './timer/timer-service';
import { ReportService } from './reports/report-service';
import { reportContent } from './reports/report-content';
import { measurementsContent } from './imaging/measurements-content';
import { AutoLock, type LockReason } from './security/auto-lock';
import { AuditTrail } from './security/audit-trail';
import { Notifications } from './notifications/notifications';

export interface Core {
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Document bytes for the viewers (streamed by the host's protocol or HTTP route). */
  documents: DocumentContent;
  close(): Promise<void>;
}

export interface CoreServices {
  log: Logger;
  clock?: Clock;
  /** The OS keychain (Electron); absent in the browser preview and tests: passphrase only. */
  keychain?: KeychainPort | null;
  /** Cheaper passphrase hashing, for tests only. */
  scryptCost?: ScryptCost;
  emit: (event: EventName, payload: unknown) => void;
  /** Free disk space; tests pretend the disk is full. */
  freeDiskBytes?: FreeDiskBytes;
}

export function createCore(rawConfig: unknown, services: CoreServices): Core {
  const ctx = createCoreContext(rawConfig, services);
  const table = buildHandlerTable();
  return {
    call: (method, input) => dispatch(table, ctx, services.log, method, input),
    documents: ctx.documents,
    close: async () => {
      if (ctx.cache.state === 'unlocked') ctx.timer.stop('closed');
      await ctx.audit.flush();
      await ctx.sync.stop();
      await ctx.documents.closeAll();
      await ctx.cache.lock();
    },
  };
}

/** The services every handler works with, built from a validated configuration. */
export function createCoreContext(rawConfig: unknown, services: CoreServices): CoreContext {
  const config = CoreConfig.parse(rawConfig);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const clock = services.clock ?? systemClock;
  let announcePending = false;
  let syncRunning = false;
  // Sync runs while the cases are open; locking stops it (a download keeps what it has).
  const followCacheState = () => {
    const unlocked = cache.state === 'unlocked';
    if (unlocked && !syncRunning) {
      autoLock.start();
      notifications.start();
      sync.start();
      timer.start().catch(() => services.log.warn('review timer not started'));
    }
    if (!unlocked && syncRunning) {
      autoLock.stop();
      notifications.stop();
      audit.forget();
      void sync.stop();
      void documents.closeAll();
      timer.stop('locked');
    }
    syncRunning = unlocked;
  };
  const cache: CaseCache = new CaseCache({
    dataDir: config.dataDir,
    keychain: services.keychain ?? null,
    clock,
    log: services.log,
    nativeBinding: config.sqliteBinding,
    initialLockReason: config.startReason === 'after-crash' ? 'core-restarted' : null,
    ...(services.freeDiskBytes ? { freeDiskBytes: services.freeDiskBytes } : {}),
    ...(services.scryptCost ? { scryptCost: services.scryptCost } : {}),
    // Several changes in one call (lock then reset) make one event.
    onChange: () => {
      followCacheState();
      if (announcePending) return;
      announcePending = true;
      queueMicrotask(() => {
        announcePending = false;
        cache.status().then(
          (status) => services.emit('cache.changed', status),
          () => {},
        );
      });
    },
  });
  const settings = openSettingsStore(config.dataDir);
  const audit: AuditTrail = new AuditTrail(cache, clock, services.log);
  const notifications: Notifications = new Notifications(cache, clock, services.log, (payload) => services.emit('notifications.changed', payload));
  const sync: SyncEngine = new SyncEngine(config, cache, settings, clock, services.log, {
    status: (status) => services.emit('sync.changed', status),
    session: (status) => services.emit('session.changed', status),
    progress: (progress) => services.emit('sync.progress', progress),
    casesChanged: (caseIds) => {
      services.emit('cases.changed', { caseIds });
      void notifications.refresh();
    },
    revoked: () => void eraseCache('device-revoked'),
  });
  /** Locks the cache: the review session ends and the batched audit entries are written first. */
  const lock = async (reason: LockReason) => {
    if (cache.state !== 'unlocked') return;
    timer.stop('locked');
    await audit.flush();
    await cache.lock(reason);
  };
  /** Crypto-erases the local data (device revoked, or the expert signed out). */
  const eraseCache = async (reason: 'device-revoked' | 'signed-out') => {
    if (cache.state === 'unlocked') timer.stop('closed');
    await cache.erase(reason);
  };
  const timer: TimerService = new TimerService(cache, settings, clock, services.log, (state) => services.emit('timer.changed', state));
  const reports = new ReportService({
    cache,
    clock,
    timer,
    log: services.log,
    templatesDir: config.reportTemplatesDir,
    changed: (caseId) => {
      services.emit('cases.changed', { caseIds: [caseId] });
      // A signed report meets its due date: that notification is handled.
      void notifications.refresh();
      sync.requestRun(0);
    },
  });
  const reportDocuments = reportContent(reports);
  const measurementDocuments = measurementsContent(cache, audit, () => clock.now());
  const documents = new DocumentContent(cache, (ref) => reportDocuments(ref) ?? measurementDocuments(ref), (caseId, attachmentId, wasNew) => {
    audit.viewed(caseId, attachmentId);
    // Viewed: no longer new. Only a new one costs a write (a series opens hundreds of files).
    if (!wasNew) return;
    void cache.write((db) => db.prepare('UPDATE attachments SET is_new = 0 WHERE id = ?').run(attachmentId)).then(
      () => services.emit('cases.changed', { caseIds: [caseId] }),
      () => {},
    );
  });
  const autoLock: AutoLock = new AutoLock({
    clock,
    delayMs: () => settings.get().autoLockMinutes * 60_000,
    checkEveryMs: config.autoLockCheckMs,
    isUnlocked: () => cache.state === 'unlocked',
    lock: async (reason: LockReason) => {
      await lock(reason);
      services.log.info('cache locked', { reason });
    },
  });
  return {
    config,
    log: services.log,
    clock,
    settings,
    cache,
    sync,
    documents,
    timer,
    reports,
    autoLock,
    audit,
    notifications,
    lock,
    eraseCache,
    emit: (event, payload) => services.emit(event, payload),
  };
}

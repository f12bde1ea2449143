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
import { keyImageContent } from './imaging/key-image-content';
import { practiceContent } from './practice/practice-content';
import { AutoLock, type LockReason } from './security/auto-lock';
import { AuditTrail } from './security/audit-trail';
import { Notifications } from './notifications/notifications';
import { AppService } from './app/app-service';
import { CaseService } from './cases/case-service';
import { MessageService } from './messages/message-service';
import { ImagingService } from './imaging/imaging-service';
import { TextRecognition } from './documents/recognition/text-recognition';
import { PdfReader } from './documents/text/pdf-reader';
import { reportFontsDir } from './reports/report-fonts';
import { SigningService } from './signing/signing-service';

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
      await ctx.documents.stop();
      await ctx.cache.lock();
    },
  };
}

/** What runs only while the cases are open: started on unlock and stopped on lock, in this order. */
interface WhileUnlocked {
  start(): void;
  /** May finish later (a sync under way ends its current step); nothing waits for it. */
  stop(): void | Promise<void>;
}

/**
 * The services every handler works with, built from a validated configuration, each after what it
 * depends on (no closure relies on a service declared below it), then tied to the cache's state.
 */
export function createCoreContext(rawConfig: unknown, services: CoreServices): CoreContext {
  const config = CoreConfig.parse(rawConfig);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const clock = services.clock ?? systemClock;
  const { log } = services;
  const emit: CoreContext['emit'] = (event, payload) => services.emit(event, payload);
  const cache = new CaseCache({
    dataDir: config.dataDir,
    keychain: services.keychain ?? null,
    clock,
    log,
    nativeBinding: config.sqliteBinding,
    initialLockReason: config.startReason === 'after-crash' ? 'core-restarted' : null,
    ...(services.freeDiskBytes ? { freeDiskBytes: services.freeDiskBytes } : {}),
    ...(services.scryptCost ? { scryptCost: services.scryptCost } : {}),
  });
  const settings = openSettingsStore(config.dataDir);
  const audit = new AuditTrail({ cache, clock, log });
  const notifications = new Notifications({ cache, clock, log, announce: (payload) => emit('notifications.changed', payload) });
  const timer = new TimerService({ cache, settings, clock, log, announceState: (state) => emit('timer.changed', state) });

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

  const casesChanged = (caseIds: string[]) => emit('cases.changed', { caseIds });
  const recognition = new TextRecognition({
    cache,
    settings,
    clock,
    log,
    languagesDir: config.ocrLanguagesDir,
    changed: (status) => {
      emit('documents.recognition', status);
      // A scan's first page read: its date may now be known (the documents' timeline).
      if (status.state === 'done') casesChanged([status.caseId]);
    },
  });
  const pdfReader = new PdfReader({ cache, clock, log, changed: casesChanged });
  const signing = new SigningService({ cache, clock, audit, log, changed: (status) => emit('signing.changed', status) });
  const sync = new SyncEngine({
    config,
    cache,
    settings,
    clock,
    log,
    events: {
      status: (status) => emit('sync.changed', status),
      session: (status) => emit('session.changed', status),
      progress: (progress) => emit('sync.progress', progress),
      casesChanged: (caseIds) => {
        casesChanged(caseIds);
        void notifications.refresh();
        // Documents may have arrived: the scanned ones are read in the background.
        recognition.arrived();
        pdfReader.arrived();
      },
      revoked: () => void eraseCache('device-revoked'),
      signedIn: () => void signing.afterSignIn(),
    },
  });
  const app = new AppService({
    config,
    settings,
    cache,
    sync,
    timer,
    changed: (info) => {
      emit('app.changed', info);
      // Background reading may have been turned on.
      recognition.arrived();
    },
    sessionChanged: (status) => emit('session.changed', status),
  });
  const cases = new CaseService({ cache, clock, settings, audit, notifications, sync, changed: casesChanged });
  const messages = new MessageService({ cache, clock, notifications, sync, changed: casesChanged });
  const imaging = new ImagingService({ cache, clock, log, hangingProtocolsDir: config.hangingProtocolsDir, changed: casesChanged });
  const reports = new ReportService({
    cache,
    clock,
    timer,
    audit,
    log,
    signingIdentity: () => signing.identity(),
    templatesDir: config.reportTemplatesDir,
    fontsDir: reportFontsDir(config.reportFontsDir),
    changed: (caseId) => {
      casesChanged([caseId]);
      // A signed report meets its due date: that notification is handled.
      void notifications.refresh();
      sync.requestRun(0);
    },
  });
  const reportDocuments = reportContent(reports.exports);
  const measurementDocuments = measurementsContent(cache, audit, () => clock.now());
  const keyImageDocuments = keyImageContent(cache);
  const practiceDocuments = practiceContent(cache, audit, () => clock.now());
  const documents = new DocumentContent({
    cache,
    generated: (ref) => reportDocuments(ref) ?? measurementDocuments(ref) ?? keyImageDocuments(ref) ?? practiceDocuments(ref),
    viewed: (caseId, attachmentId) => audit.viewed(caseId, attachmentId),
    changed: casesChanged,
  });
  const autoLock = new AutoLock({
    clock,
    delayMs: () => settings.get().autoLockMinutes * 60_000,
    checkEveryMs: config.autoLockCheckMs,
    isUnlocked: () => cache.state === 'unlocked',
    lock: async (reason: LockReason) => {
      await lock(reason);
      log.info('cache locked', { reason });
    },
  });

  // Sync, notifications, the auto-lock and the timer run while the cases are open; locking stops
  // them (a download keeps what it has) and forgets what belongs to the open cache.
  const whileUnlocked: WhileUnlocked[] = [autoLock, notifications, audit, sync, documents, timer, recognition, pdfReader];
  let running = false;
  let announcePending = false;
  cache.onChange(() => {
    const unlocked = cache.state === 'unlocked';
    if (unlocked !== running) {
      for (const service of whileUnlocked) {
        if (unlocked) service.start();
        else void service.stop();
      }
    }
    running = unlocked;
    // Several changes in one call (lock then reset) make one event.
    if (announcePending) return;
    announcePending = true;
    queueMicrotask(() => {
      announcePending = false;
      cache.status().then(
        (status) => emit('cache.changed', status),
        () => {},
      );
    });
  });

  return {
    config,
    log,
    clock,
    settings,
    cache,
    sync,
    documents,
    timer,
    reports,
    signing,
    autoLock,
    audit,
    notifications,
    app,
    cases,
    messages,
    imaging,
    recognition,
    lock,
    eraseCache,
    emit,
  };
}

// What every core handler receives: the configuration core was started with, its services and the
// way to push events to the renderer. Built once per core instance by `createCore`.
import type { EventName, EventPayload } from '../../contract';
import type { CoreConfig } from './config';
import type { Logger } from './log/logger';
import type { SettingsStore } from './settings/settings-store';
import type { Clock } from './ports';
import type { CaseCache } from './cache/case-cache';
import type { SyncEngine } from './sync/sync-engine';
import type { DocumentContent } from './documents/document-content';
import type { TimerService } from './timer/timer-service';
import type { ReportService } from './reports/report-service';
import type { SigningService } from './signing/signing-service';
import type { AutoLock, LockReason } from './security/auto-lock';
import type { AuditTrail } from './security/audit-trail';
import type { EraseReason } from './cache/erase';
import type { Notifications } from './notifications/notifications';
import type { AppService } from './app/app-service';
import type { CaseService } from './cases/case-service';
import type { MessageService } from './messages/message-service';
import type { ImagingService } from './imaging/imaging-service';
import type { TextRecognition } from './documents/recognition/text-recognition';

export interface CoreContext {
  readonly config: CoreConfig;
  readonly log: Logger;
  readonly clock: Clock;
  readonly settings: SettingsStore;
  readonly cache: CaseCache;
  readonly sync: SyncEngine;
  readonly documents: DocumentContent;
  readonly timer: TimerService;
  readonly reports: ReportService;
  readonly signing: SigningService;
  readonly autoLock: AutoLock;
  readonly audit: AuditTrail;
  readonly notifications: Notifications;
  readonly app: AppService;
  readonly cases: CaseService;
  readonly messages: MessageService;
  readonly imaging: ImagingService;
  readonly recognition: TextRecognition;
  /** Locks the cache (review session ended, audit written, key wiped). */
  lock(reason: LockReason): Promise<void>;
  /** Crypto-erases the local data. */
  eraseCache(reason: EraseReason): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

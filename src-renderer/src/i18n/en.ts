// English UI strings. `fr.ts` must have exactly the same keys (checked by the compiler).
import type { ErrorCode } from '../../../src-preload/contract';

export const en = {
  app: {
    name: 'SMO Workstation',
    tagline: 'Second medical opinions',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
  },
  nav: { inbox: 'Inbox', settings: 'Settings' },
  locale: {
    label: 'Language',
    switchTo: 'Passer en français',
    current: 'English',
    fr: 'Français',
    en: 'English',
  },
  connectivity: {
    online: 'Online',
    offline: 'Offline',
    unknown: 'Not connected yet',
  },
  inbox: {
    title: 'Inbox',
    emptyTitle: 'No cases yet',
    emptyBody:
      'Cases that the platform assigns to you will appear here once they are synced. They stay available offline.',
    noPlatform: 'No platform is configured yet. Start the app with a platform address to receive cases.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp: 'The language of the workstation. Reports keep the language they were written in.',
    about: 'About this workstation',
    version: 'Version',
    dataDir: 'Data directory',
    platformUrl: 'Platform',
    platformNone: 'None configured',
    runtime: 'Runs as',
    runtimes: { electron: 'Desktop app', preview: 'Browser preview', test: 'Test' },
  },
  status: {
    loading: 'Starting the workstation…',
    fatalTitle: 'The workstation cannot start',
    retry: 'Try again',
  },
  errors: {
    INVALID_INPUT: 'The request was not valid. Please try again; if it keeps happening, report it.',
    UNKNOWN_METHOD: 'This version of the app and its core do not match. Restart the workstation.',
    INTERNAL: 'Something went wrong inside the workstation. Your work is saved; please try again.',
    CORE_UNAVAILABLE: 'The workstation core is not responding. Restart the workstation; your saved work is kept.',
    CACHE_LOCKED: 'The local case cache is locked. Unlock it with your passphrase to continue.',
    CACHE_FROM_NEWER_VERSION:
      'Your local data was written by a newer version of the workstation. Update the app to open it.',
    CASE_NOT_FOUND: 'This case is no longer on this workstation. Sync to see your current cases.',
    CONTENT_NOT_FOUND: 'This document is not on this workstation yet. Sync to download it.',
    ATTACHMENT_CORRUPT: 'This document is damaged on this workstation. It will be downloaded again at the next sync.',
    UNSUPPORTED_DICOM: 'This image uses a format the viewer cannot display.',
    OFFLINE: 'You are offline. Your changes are kept and will be sent when the connection is back.',
    CONFLICT: 'The platform refused this change because the case changed there. Your draft is kept.',
    UNAUTHORIZED: 'Your platform session has expired. Sign in again; nothing you did is lost.',
  } satisfies Record<ErrorCode, string>,
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;

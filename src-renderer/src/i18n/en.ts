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
    localData: 'Local data',
    protection: 'Protected by',
    protections: { keychain: 'System keychain', passphrase: 'Passphrase' },
    sizeOnDisk: 'Size on disk',
    cachedCases: 'Cases on this computer',
    pendingChanges: 'Changes not yet sent',
    resetLocalData: 'Reset local data…',
  },
  frame: { lock: 'Lock', lockHint: 'Lock the workstation now (your work is saved)' },
  unlock: {
    setupTitle: 'Protect the cases on this computer',
    setupBody:
      'Cases you review are kept on this computer, encrypted, so that you can work offline. Choose how the encryption key is protected.',
    protectionKeychain: 'System keychain',
    protectionKeychainHelp: 'Unlocked with your computer session. Recommended on a computer only you use.',
    protectionPassphrase: 'Passphrase',
    protectionPassphraseHelp: 'Asked each time the workstation starts or locks. Nobody can recover it for you.',
    noKeychain: 'No secure system keychain is available here, so a passphrase protects the cases.',
    passphrase: 'Passphrase',
    passphraseConfirm: 'Repeat the passphrase',
    passphraseRule: 'At least {{min}} characters. A few unrelated words are easy to remember and hard to guess.',
    create: 'Protect and continue',
    unlockTitle: 'The workstation is locked',
    unlockBody: 'Enter your passphrase to open your cases.',
    unlockKeychainBody: 'Your cases are protected by the system keychain.',
    unlock: 'Unlock',
    working: 'Please wait…',
    tooShort: 'The passphrase needs at least {{min}} characters.',
    mismatch: 'The two passphrases are not the same.',
    wrongPassphrase: 'This passphrase is not correct. Failed attempts: {{count}}.',
    waitBeforeRetry: 'Too many wrong attempts. You can try again in {{seconds}} s.',
    keychainUnavailable:
      'The system keychain that protects your cases is not available now. If it does not come back, reset the local data and sync again.',
    keychainChanged:
      'The system keychain changed since the cases were stored, so it can no longer open them. Reset the local data and sync again: the platform keeps your cases.',
    forgot: 'Forgot your passphrase?',
    resetTitle: 'Reset the local data',
    resetBody:
      'This erases the cases stored on this computer. Your cases stay on the platform and will be downloaded again at the next sync.',
    resetNothingPending: 'Every change you made has been sent to the platform: nothing will be lost.',
    resetPending: 'These changes have not reached the platform yet and will be lost:',
    resetConfirm: 'Erase local data',
    resetCancel: 'Cancel',
  },
  unsynced: {
    case_accept: 'Case acceptances: {{count}}',
    case_decline: 'Case declines: {{count}}',
    report_submit: 'Submitted reports: {{count}}',
    addendum_submit: 'Addenda: {{count}}',
    message_send: 'Messages to patients: {{count}}',
    review_session: 'Review time records: {{count}}',
    audit_entries: 'Audit records: {{count}}',
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

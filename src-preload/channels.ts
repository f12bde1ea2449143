// What the preload and the shell share: the only two IPC channels the app uses, and the app's origin.
export const CALL_CHANNEL = 'workstation:call';
export const EVENT_CHANNEL = 'workstation:event';
/** The app's own origin in Electron (the shell serves its pages and documents there). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

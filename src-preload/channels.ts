// IPC channel names shared by the preload and the shell: the only two channels the app uses.
export const CALL_CHANNEL = 'workstation:call';
export const EVENT_CHANNEL = 'workstation:event';

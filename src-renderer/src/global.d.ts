// `window.workstation` is defined by the Electron preload or the browser-preview bridge.
import type { WorkstationApi } from '../../contract';

declare global {
  interface Window {
    workstation?: WorkstationApi;
    /** Set by the browser-preview bridge when the page was opened without its access token. */
    workstationProblem?: 'preview-access';
  }
}
export {};

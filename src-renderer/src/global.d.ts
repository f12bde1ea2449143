// `window.workstation` is defined by the Electron preload or the browser-preview bridge.
import type { WorkstationApi } from '../../src-preload/contract';

declare global {
  interface Window {
    workstation?: WorkstationApi;
  }
}
export {};

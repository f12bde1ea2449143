// Electron preload (sandboxed): exposes `window.workstation`, one named function per contract
// call plus `on(event)`. The page never sees ipcRenderer itself.
import './page-zod';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_ORIGIN, CALL_CHANNEL, EVENT_CHANNEL } from './channels';
import { createWorkstationApi } from './client';
import type { EventName, Result, Transport } from '../contract';

const ipcTransport: Transport = {
  call: (method, input) => ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<Result<unknown>>,
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, name: EventName, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  },
  // The app:// protocol serves documents to the app's own pages only: no access to add.
  contentUrl: (documentId) => `${APP_ORIGIN}/content/${encodeURIComponent(documentId)}`,
};

contextBridge.exposeInMainWorld('workstation', createWorkstationApi(ipcTransport));

// The application menu as a template (a pure function, unit-tested without Electron). A packaged
// app has no developer tools and no reload: a reload would drop unsaved keystrokes and the tools
// would open the page's memory, patient data included. Development builds keep both.
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellText } from './shell-text';

export interface MenuContext {
  packaged: boolean;
  /** process.platform: macOS puts the app's own menu first. */
  platform: string;
  text: ShellText['menu'];
}

export function appMenuTemplate({ packaged, platform, text }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(packaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
  ];
  return [
    ...(mac
      ? [
          {
            label: text.app,
            submenu: [
              { role: 'about', label: text.about },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } as MenuItemConstructorOptions,
        ]
      : []),
    // The edit roles carry the copy and paste shortcuts on macOS; report writing needs them.
    {
      label: text.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    { label: text.view, submenu: view },
    {
      label: text.window,
      submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
  ];
}

// The application menu: an installed app offers no developer tools and no reload (in any menu,
// at any depth), keeps the editing roles report writing needs, and speaks the system's language.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../src-main/shell/app-menu';
import { SHELL_TEXT } from '../../src-main/shell/shell-text';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'])('has no developer tools and no reload when packaged (%s)', (platform) => {
    const menu = appMenuTemplate({ packaged: true, platform, text: SHELL_TEXT.fr.menu });
    const all = roles(menu);
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(all).not.toContain(role);
    for (const role of ['copy', 'paste', 'cut', 'undo', 'selectAll']) expect(all).toContain(role);
    expect(menu.map((m) => m.label)).toContain('Édition');
  });

  it('keeps the developer tools and reload while developing', () => {
    const all = roles(appMenuTemplate({ packaged: false, platform: 'linux', text: SHELL_TEXT.en.menu }));
    expect(all).toContain('toggleDevTools');
    expect(all).toContain('reload');
  });

  it('puts the app’s own menu first on macOS only', () => {
    expect(appMenuTemplate({ packaged: true, platform: 'darwin', text: SHELL_TEXT.en.menu })[0]?.label).toBe('SMO Workstation');
    expect(appMenuTemplate({ packaged: true, platform: 'linux', text: SHELL_TEXT.en.menu })[0]?.label).toBe('Edit');
  });
});

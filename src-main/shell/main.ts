// Electron main process: the thin shell. It owns windows, the app:// protocol, permissions and
// IPC, and hosts core in a utility process. Everything else lives in core.
import { app, BrowserWindow, Menu, session } from 'electron';
import { join, resolve } from 'node:path';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { startCoreHost } from './core-host';
import { coreContent } from '../host/content';
import { denyAllPermissions, hardenWebContents } from './harden';
import { offerExternalLink } from './external-links';
import { registerIpc } from './ipc';
import { relayPowerSignals } from './power-signals';
import { relayOsNotifications } from './os-notifications';
import { startUpdates } from './updates';
import { appMenuTemplate } from './app-menu';
import { shellText } from './shell-text';
import { electronSqliteBinding } from './native-sqlite';
import { APP_ENTRY_URL, secureWebPreferences } from './policy';

const appRoot = join(import.meta.dirname, '..', '..');
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void offerExternalLink(contents, url)));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('The workstation could not start:', error instanceof Error ? error.name : typeof error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  const text = shellText(app.getLocale());
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ packaged: app.isPackaged, platform: process.platform, text: text.menu })));
  const demoUrl = process.env.SMO_DEMO_PLATFORM_URL ?? null;
  const platformUrl = platformUrlFromArgs(process.argv) ?? demoUrl;
  const core = await startCoreHost({
    dataDir: dataDirFromArgs(process.argv) ?? app.getPath('userData'),
    platformUrl,
    // The demo sign-in is offered on the demo platform only, never on an address given beside it.
    demoPlatform: demoUrl !== null && platformUrl === demoUrl,
    runtime: 'electron',
    systemLocale: app.getLocale(),
    version: app.getVersion(),
    sqliteBinding: electronSqliteBinding(appRoot),
    keychain: true,
    // Beside the app in development; in a packaged app, electron-builder copies them to resources/.
    reportTemplatesDir: app.isPackaged ? join(process.resourcesPath, 'report-templates') : join(appRoot, 'resources', 'report-templates'),
    hangingProtocolsDir: app.isPackaged ? join(process.resourcesPath, 'hanging-protocols') : join(appRoot, 'resources', 'hanging-protocols'),
    // The OCR languages side by side (electron-builder.json); from the sources, their npm packages.
    ocrLanguagesDir: app.isPackaged ? join(process.resourcesPath, 'ocr-languages') : null,
    reportFontsDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : null,
  });
  serveAppProtocol(join(import.meta.dirname, '..', 'renderer'), coreContent(core));
  registerIpc(core, () => mainWindow);
  mainWindow = createMainWindow();
  relayPowerSignals(core, () => mainWindow);
  relayOsNotifications(core, () => mainWindow, app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en');
  // Only a packaged app updates itself (a development run has nothing to replace).
  if (app.isPackaged) void startUpdates(core, () => mainWindow, text.update);
  app.on('window-all-closed', () => {
    core.shutdown();
    app.quit();
  });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    backgroundColor: '#101418',
    show: false,
    title: 'SMO Workstation',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '..', 'preload', 'index.cjs'), app.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Where the expert keeps the data (another disk): `--data-dir=<folder>` or SMO_DATA_DIR; else the OS's place for app data. */
function dataDirFromArgs(argv: string[]): string | null {
  const flag = argv.find((a) => a.startsWith('--data-dir='));
  const dir = flag ? flag.slice('--data-dir='.length) : (process.env.SMO_DATA_DIR ?? '');
  return dir.trim() === '' ? null : resolve(dir);
}

function platformUrlFromArgs(argv: string[]): string | null {
  const flag = argv.find((a) => a.startsWith('--platform-url='));
  return flag ? flag.slice('--platform-url='.length) : (process.env.SMO_PLATFORM_URL ?? null);
}

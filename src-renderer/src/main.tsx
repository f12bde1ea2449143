// Renderer entry: finds the backend bridge, loads the installation's info and language, renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { App } from './app/App';
import { BackendContext } from './backend/backend-context';
import { errorMessage } from './backend/error-message';
import { StartupFailure } from './app/StartupFailure';
import { createBackend } from './backend/backend';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');
const root = createRoot(rootElement);
const browserLocale = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';

async function start(): Promise<void> {
  if (!window.workstation) {
    await initI18n(browserLocale);
    const message = window.workstationProblem === 'preview-access' ? i18next.t('status.previewAccess') : i18next.t('errors.CORE_UNAVAILABLE');
    root.render(<StartupFailure message={message} />);
    return;
  }
  const backend = createBackend(window.workstation);
  try {
    const info = await backend.app.info();
    await initI18n(info.locale);
    root.render(
      <StrictMode>
        <BackendContext.Provider value={backend}>
          <App initialInfo={info} />
        </BackendContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    await initI18n(browserLocale);
    root.render(<StartupFailure message={errorMessage(i18next.t, error)} />);
  }
}

void start();

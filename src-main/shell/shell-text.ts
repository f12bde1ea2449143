// The words the shell itself shows (its menu, its update dialogs), in both languages: the
// renderer's catalogues do not reach Electron's main process.
import type { Locale } from '../../contract';

const en = {
  menu: { app: 'SMO Workstation', edit: 'Edit', view: 'View', window: 'Window', about: 'About SMO Workstation' },
  update: {
    readyMessage: 'An update of the workstation is ready.',
    readyDetail: 'Your drafts and review time are saved. Restart now to use the new version, or later: it will be offered again at the next start.',
    restartNow: 'Restart now',
    later: 'Later',
    refusedMessage: 'An update was refused.',
    refusedDetail:
      'The downloaded update is not signed by the workstation’s publisher, so it was deleted and not installed. Your workstation keeps working as it is. If this happens again, tell your support.',
  },
};

// The same keys in French (the type says so).
const fr: typeof en = {
  menu: { app: 'Poste SMO', edit: 'Édition', view: 'Affichage', window: 'Fenêtre', about: 'À propos du poste SMO' },
  update: {
    readyMessage: 'Une mise à jour du poste est prête.',
    readyDetail:
      'Vos brouillons et votre temps de revue sont enregistrés. Redémarrez maintenant pour utiliser la nouvelle version, ou plus tard : elle vous sera proposée au prochain démarrage.',
    restartNow: 'Redémarrer maintenant',
    later: 'Plus tard',
    refusedMessage: 'Une mise à jour a été refusée.',
    refusedDetail:
      'La mise à jour téléchargée n’est pas signée par l’éditeur du poste : elle a été supprimée et n’a pas été installée. Votre poste continue de fonctionner tel quel. Si cela se reproduit, prévenez votre support.',
  },
};

export type ShellText = typeof en;
export const SHELL_TEXT: Record<Locale, ShellText> = { en, fr };

export function shellText(systemLocale: string): ShellText {
  return SHELL_TEXT[systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en'];
}

// Textes de l'interface en français. Mêmes clés que `en.ts` (vérifié par le compilateur).
import type { Messages } from './en';

export const fr: Messages = {
  app: {
    name: 'Poste Expert SMO',
    tagline: 'Seconds avis médicaux',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
  },
  nav: { inbox: 'Dossiers', settings: 'Paramètres' },
  locale: {
    label: 'Langue',
    switchTo: 'Switch to English',
    current: 'Français',
    fr: 'Français',
    en: 'English',
  },
  connectivity: {
    online: 'En ligne',
    offline: 'Hors ligne',
    unknown: 'Pas encore connecté',
  },
  inbox: {
    title: 'Dossiers',
    emptyTitle: 'Aucun dossier pour le moment',
    emptyBody:
      'Les dossiers que la plateforme vous attribue apparaîtront ici après synchronisation. Ils restent disponibles hors ligne.',
    noPlatform:
      "Aucune plateforme n'est configurée. Démarrez l'application avec l'adresse d'une plateforme pour recevoir des dossiers.",
  },
  settings: {
    title: 'Paramètres',
    language: 'Langue',
    languageHelp: "La langue du poste. Les comptes rendus gardent la langue dans laquelle ils ont été rédigés.",
    about: 'À propos de ce poste',
    version: 'Version',
    dataDir: 'Dossier des données',
    platformUrl: 'Plateforme',
    platformNone: 'Aucune configurée',
    runtime: 'Exécuté comme',
    runtimes: { electron: 'Application de bureau', preview: 'Aperçu navigateur', test: 'Test' },
  },
  status: {
    loading: 'Démarrage du poste…',
    fatalTitle: 'Le poste ne peut pas démarrer',
    retry: 'Réessayer',
  },
  errors: {
    INVALID_INPUT: "La demande n'était pas valide. Réessayez ; si cela se reproduit, signalez-le.",
    UNKNOWN_METHOD: "Cette version de l'application et son noyau ne correspondent pas. Redémarrez le poste.",
    INTERNAL: 'Une erreur est survenue dans le poste. Votre travail est enregistré ; réessayez.',
    CORE_UNAVAILABLE: 'Le noyau du poste ne répond pas. Redémarrez le poste ; votre travail enregistré est conservé.',
    CACHE_LOCKED: 'Le cache local des dossiers est verrouillé. Déverrouillez-le avec votre phrase secrète pour continuer.',
    CACHE_FROM_NEWER_VERSION:
      'Vos données locales ont été écrites par une version plus récente du poste. Mettez à jour l’application pour les ouvrir.',
    CASE_NOT_FOUND: "Ce dossier n'est plus sur ce poste. Synchronisez pour voir vos dossiers actuels.",
    CONTENT_NOT_FOUND: "Ce document n'est pas encore sur ce poste. Synchronisez pour le télécharger.",
    ATTACHMENT_CORRUPT: 'Ce document est endommagé sur ce poste. Il sera téléchargé de nouveau à la prochaine synchronisation.',
    UNSUPPORTED_DICOM: 'Cette image utilise un format que la visionneuse ne sait pas afficher.',
    OFFLINE: 'Vous êtes hors ligne. Vos modifications sont conservées et seront envoyées au retour de la connexion.',
    CONFLICT: 'La plateforme a refusé cette modification car le dossier y a changé. Votre brouillon est conservé.',
    UNAUTHORIZED: 'Votre session sur la plateforme a expiré. Reconnectez-vous ; rien de ce que vous avez fait n’est perdu.',
  },
};

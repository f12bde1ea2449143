// i18next set up with the two UI languages. Every visible string comes from en.ts / fr.ts.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../contract';
import { en } from './en';
import { fr } from './fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = locale;
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** The UI languages, in switch order. Typed against the contract so neither side can drift. */
export const UI_LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];
type Missing = Exclude<Locale, (typeof UI_LOCALES)[number]>;
const everyLocaleListed: [Missing] extends [never] ? true : Missing = true;
void everyLocaleListed;

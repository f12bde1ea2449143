// The provider's pages, in French and English: the sign-in form (with the demo account filled in
// on a demonstration platform), the sign-out confirmation and the page after it. Plain HTML with
// no script: the page works with any browser and holds nothing but the form.
export type PageLanguage = 'fr' | 'en';

const TEXT = {
  fr: {
    title: 'Connexion à la plateforme',
    lead: 'Connectez-vous pour ouvrir vos dossiers dans le poste de travail expert.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    demo: 'Plateforme de démonstration (patients fictifs) : le compte de l’expert de démonstration est déjà rempli.',
    other: 'English',
    invalid: 'L’adresse e-mail ou le mot de passe n’est pas correct.',
    throttled: (minutes: number) => `Trop de tentatives. Réessayez dans ${minutes} min.`,
    revoked: 'Ce poste de travail a été révoqué : ses données locales doivent être effacées. Contactez la plateforme.',
    expired: 'Cette page de connexion a expiré. Revenez au poste de travail et recommencez la connexion.',
    signOutTitle: 'Déconnexion',
    signOutLead: 'Se déconnecter de la plateforme sur ce navigateur ?',
    signOut: 'Se déconnecter',
    signedOut: 'Vous êtes déconnecté de la plateforme. Vous pouvez fermer cette page.',
    failed: 'La connexion n’a pas pu se faire. Revenez au poste de travail et recommencez ; si cela se reproduit, contactez la plateforme en citant ce code :',
  },
  en: {
    title: 'Sign in to the platform',
    lead: 'Sign in to open your cases in the expert workstation.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    demo: 'Demonstration platform (fictitious patients): the demo expert’s account is already filled in.',
    other: 'Français',
    invalid: 'The e-mail address or the password is not correct.',
    throttled: (minutes: number) => `Too many attempts. Try again in ${minutes} min.`,
    revoked: 'This workstation was revoked: its local data must be erased. Contact the platform.',
    expired: 'This sign-in page has expired. Go back to the workstation and start signing in again.',
    signOutTitle: 'Sign out',
    signOutLead: 'Sign out of the platform in this browser?',
    signOut: 'Sign out',
    signedOut: 'You are signed out of the platform. You may close this page.',
    failed: 'Signing in could not be done. Go back to the workstation and start again; if it happens again, contact the platform quoting this code:',
  },
} as const;

export type SignInProblem = 'invalid' | 'revoked' | 'expired' | { throttledSeconds: number };

/** The page's language: `?lang=`, then the workstation's `ui_locales`, then the browser's; French by default. */
export function pageLanguage(explicit: string | null, uiLocales: string | undefined, acceptLanguage: string | undefined): PageLanguage {
  for (const candidate of [explicit, ...(uiLocales ?? '').split(' '), ...(acceptLanguage ?? '').split(',')]) {
    const code = candidate?.trim().slice(0, 2).toLowerCase();
    if (code === 'fr' || code === 'en') return code;
  }
  return 'fr';
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; background: #10151c; color: #e6edf3; display: grid; place-items: center; min-height: 100vh; margin: 0; }
  main { background: #1a222d; border: 1px solid #2d3a4a; border-radius: 10px; padding: 2rem; width: min(26rem, 90vw); }
  h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .6rem; margin-top: .3rem; border-radius: 6px; border: 1px solid #53647a; background: #0d1218; color: inherit; font: inherit; }
  button { margin-top: 1.5rem; width: 100%; padding: .7rem; border: 0; border-radius: 6px; background: #4c9aff; color: #06101c; font: inherit; font-weight: 700; cursor: pointer; }
  button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
  .notice { padding: .6rem .8rem; border-radius: 6px; margin: 1rem 0 0; }
  .warning { background: #3d3212; color: #ffe8a3; }
  .error { background: #4a1d22; color: #ffd0d5; }
  .lang { float: right; color: #9ecbff; }
</style></head>
<body><main>${body}</main></body></html>`;
}

export interface SignInPageInput {
  lang: PageLanguage;
  /** Where the form posts (the interaction's address). */
  action: string;
  /** The same page in the other language. */
  otherLanguage: string;
  email: string;
  /** A demonstration platform: its notice, and its demo account's password filled in (on the first view only). */
  demo: boolean;
  password: string;
  problem: SignInProblem | null;
}

export function signInPage(input: SignInPageInput): string {
  const t = TEXT[input.lang];
  const problem = input.problem === null ? null : problemText(input.lang, input.problem);
  return page(
    input.lang,
    t.title,
    `<a class="lang" href="${escape(input.otherLanguage)}" lang="${input.lang === 'fr' ? 'en' : 'fr'}">${t.other}</a>
<h1>${t.title}</h1>
<p>${t.lead}</p>
${input.demo ? `<p class="notice warning">${t.demo}</p>` : ''}
${problem ? `<p class="notice error" role="alert" id="problem">${escape(problem)}</p>` : ''}
<form method="post" action="${escape(input.action)}" autocomplete="on">
  <input type="hidden" name="lang" value="${input.lang}">
  <label for="email">${t.email}</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${escape(input.email)}">
  <label for="password">${t.password}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required value="${escape(input.password)}">
  <button type="submit">${t.submit}</button>
</form>`,
  );
}

export function problemText(lang: PageLanguage, problem: SignInProblem): string {
  const t = TEXT[lang];
  if (typeof problem === 'object') return t.throttled(Math.max(1, Math.ceil(problem.throttledSeconds / 60)));
  return t[problem];
}

/** A page with only a sentence (an expired sign-in page, the end of a sign-out). */
export function messagePage(lang: PageLanguage, sentence: 'expired' | 'signedOut'): string {
  const t = TEXT[lang];
  return page(lang, sentence === 'expired' ? t.title : t.signOutTitle, `<p>${t[sentence]}</p>`);
}

/** The sign-out confirmation around the provider's own form (which carries its anti-forgery token). */
export function signOutPage(lang: PageLanguage, providerForm: string): string {
  const t = TEXT[lang];
  return page(
    lang,
    t.signOutTitle,
    `<h1>${t.signOutTitle}</h1><p>${t.signOutLead}</p>${providerForm}<button type="submit" form="op.logoutForm" name="logout" value="yes">${t.signOut}</button>`,
  );
}

/** The provider's error page: what to do, and the OAuth error code to quote. */
export function errorPage(lang: PageLanguage, code: string): string {
  const t = TEXT[lang];
  return page(lang, t.title, `<h1>${t.title}</h1><p class="notice error">${t.failed} <code>${escape(code)}</code></p>`);
}

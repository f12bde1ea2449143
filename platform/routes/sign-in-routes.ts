// The OpenID provider's sign-in page (GET/POST /signin/{uid}): the interaction oidc-provider
// starts when the workstation sends the expert's browser to it. The password is checked here,
// throttled like the password flow's /auth/login, and never reaches the workstation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { registerDevice, verifyPassword } from '../auth';
import { HttpProblem, readForm, type Router } from '../http';
import type { PlatformState } from '../state';
import { pageLanguage, signInPage, messagePage, type PageLanguage, type SignInProblem } from '../identity/sign-in-page';

interface Expert {
  id: string;
  password_salt: string;
  password_hash: string;
}

export function signInRoutes(router: Router, state: PlatformState): void {
  const identity = () => {
    if (!state.identity) throw new HttpProblem(404, 'NOT_FOUND', 'No such resource.');
    return state.identity;
  };
  // The interaction, or null when its cookie or record is gone (the page expired).
  const interactionOf = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      return await identity().provider.interactionDetails(req, res);
    } catch {
      return null;
    }
  };

  router.on('GET', '/signin/:uid', async ({ req, res, url, params }) => {
    const interaction = await interactionOf(req, res);
    const lang = pageLanguage(url.searchParams.get('lang'), stringParam(interaction?.params.ui_locales), req.headers['accept-language']);
    if (!interaction || interaction.uid !== params.uid) return sendHtml(res, 400, messagePage(lang, 'expired'));
    // After the password, the provider asks for consent: the workstation is the platform's own client.
    if (interaction.prompt.name === 'consent') {
      const consent = await identity().consent(interaction);
      if (consent) return identity().provider.interactionFinished(req, res, consent, { mergeWithLastSubmission: true });
    }
    sendHtml(res, 200, page(state, params.uid ?? '', lang, stringParam(interaction.params.login_hint) ?? '', null));
  });

  router.on('POST', '/signin/:uid', async ({ req, res, params }) => {
    const form = await readForm(req);
    const interaction = await interactionOf(req, res);
    const lang = pageLanguage(form.get('lang'), stringParam(interaction?.params.ui_locales), req.headers['accept-language']);
    if (!interaction || interaction.uid !== params.uid) return sendHtml(res, 400, messagePage(lang, 'expired'));
    const email = (form.get('email') ?? '').trim().toLowerCase();
    const again = (status: number, problem: SignInProblem, headers: Record<string, string> = {}) =>
      sendHtml(res, status, page(state, params.uid ?? '', lang, email, problem), headers);
    const keys = [`account:${email}`, `address:${req.socket.remoteAddress ?? 'unknown'}`];
    const wait = state.logins.waitSeconds(keys);
    if (wait > 0) return again(429, { throttledSeconds: wait }, { 'Retry-After': String(wait) });
    const expert = state.db.prepare<[string], Expert>('SELECT id, password_salt, password_hash FROM experts WHERE email = ?').get(email);
    if (!expert || !verifyPassword(form.get('password') ?? '', expert.password_salt, expert.password_hash)) {
      state.logins.failed(keys);
      return again(401, 'invalid');
    }
    state.logins.succeeded(keys.slice(0, 1));
    const deviceId = stringParam(interaction.params.device_id);
    if (deviceId && !registerDevice(state.db, deviceId, expert.id)) return again(403, 'revoked');
    await identity().provider.interactionFinished(req, res, { login: { accountId: expert.id } }, { mergeWithLastSubmission: false });
  });
}

function page(state: PlatformState, uid: string, lang: PageLanguage, email: string, problem: SignInProblem | null): string {
  const demo = state.options.demoAccount ?? null;
  const action = `/signin/${encodeURIComponent(uid)}`;
  return signInPage({
    lang,
    action,
    otherLanguage: `${action}?lang=${lang === 'fr' ? 'en' : 'fr'}`,
    email: email || demo?.email || '',
    demo: demo !== null,
    // After a wrong password the field is left empty: the person types what they meant.
    password: problem === null ? (demo?.password ?? '') : '',
    problem,
  });
}

function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    // The page is a form and a style sheet: nothing may run in it or frame it; the form goes here, and
    // on to the workstation's loopback address the provider redirects to.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*; frame-ancestors 'none'; base-uri 'none'",
    ...headers,
  });
  res.end(html);
}

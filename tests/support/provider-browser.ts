// A browser, as far as an OpenID provider's sign-in needs one: it follows redirects by hand with
// its own cookies, fills the provider's form and stops where the provider sends it back to the
// workstation (the redirect address), which it then opens or not. Used to drive the reference
// platform's real provider from integration tests.
export interface ProviderPage {
  url: string;
  status: number;
  html: string;
}

export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();
  /** Every page the provider showed, in order (the sign-in form, errors). */
  readonly pages: ProviderPage[] = [];

  /** Goes to `url` and follows redirects until a page, or until an address starting with `stopAt`. */
  async go(url: string, stopAt: string, init: { method?: string; form?: URLSearchParams } = {}): Promise<{ stoppedAt: string } | ProviderPage> {
    let next = url;
    let method = init.method ?? 'GET';
    let body: URLSearchParams | undefined = init.form;
    for (let hops = 0; hops < 10; hops++) {
      if (next.startsWith(stopAt)) return { stoppedAt: next };
      const response = await fetch(next, {
        method,
        redirect: 'manual',
        headers: { Cookie: this.cookieHeader(), ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
        ...(body ? { body: body.toString() } : {}),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair?.indexOf('=') ?? -1;
        if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        next = new URL(location, next).href;
        method = 'GET';
        body = undefined;
        await response.body?.cancel();
        continue;
      }
      const page = { url: next, status: response.status, html: await response.text() };
      this.pages.push(page);
      return page;
    }
    throw new Error('Too many redirects');
  }

  /** Signs in on the provider's form from the authorization address; the redirect address it ends at. */
  async signIn(authorizationUrl: string, account: { email: string; password: string }): Promise<string> {
    // Where the provider sends the browser back: the workstation's redirect address.
    const redirect = new URL(authorizationUrl).searchParams.get('redirect_uri') ?? 'http://127.0.0.1/callback';
    const form = await this.go(authorizationUrl, redirect);
    if ('stoppedAt' in form) return form.stoppedAt;
    const action = /<form method="post" action="([^"]+)"/.exec(form.html)?.[1];
    if (!action) throw new Error(`No sign-in form on ${form.url}: ${form.html.slice(0, 300)}`);
    const answer = await this.go(new URL(action.replace(/&#38;/g, '&'), form.url).href, redirect, {
      method: 'POST',
      form: new URLSearchParams({ email: account.email, password: account.password }),
    });
    if ('stoppedAt' in answer) return answer.stoppedAt;
    throw new Error(`The provider answered ${answer.status}: ${answer.html.slice(0, 400)}`);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** The demo expert's account, as the provider's page has it filled in on a demonstration platform. */
const DEMO_ACCOUNT = { email: 'expert@demo.smo-platform.test', password: 'demo-expert-2026' };

/**
 * Signs core in through the platform's OpenID provider as the preview's page does: core starts the
 * sign-in, this browser signs in on the provider's page, core is handed the answer. `call` is core's
 * call (in process or over the preview's HTTP). The redirect address is never opened.
 */
export async function signInThroughProvider(call: (method: string, input?: unknown) => Promise<unknown>, account = DEMO_ACCOUNT): Promise<void> {
  const { authorizationUrl } = (await call('session.beginSignIn', { redirectUri: 'http://127.0.0.1:9/callback' })) as { authorizationUrl: string };
  const callback = await new ProviderBrowser().signIn(authorizationUrl, account);
  const status = (await call('session.completeSignIn', { callbackUrl: callback })) as { signedIn: boolean; browserSignIn: unknown };
  if (!status.signedIn) throw new Error(`Not signed in: ${JSON.stringify(status.browserSignIn)}`);
}

// POST /api/v1/experts/me/signing-certificate: a demonstration platform, acting as its experts'
// certification authority, issues a signing certificate for the key in the workstation's PKCS#10
// request, in the expert's name. Other platforms do not offer it (404): their experts import the
// certificate their authority gave them.
import { CertificateRequest } from '../../shared/platform-api/practice';
import { HttpProblem, readJson, sendJson, type Router } from '../http';
import type { PlatformState } from '../state';

export function signingRoutes(router: Router, state: PlatformState): void {
  router.on('POST', '/api/v1/experts/me/signing-certificate', async (ctx) => {
    const authority = state.signatures.authority;
    if (!authority) throw new HttpProblem(404, 'NOT_OFFERED', 'This platform does not issue signing certificates.');
    const parsed = CertificateRequest.safeParse((await readJson(ctx.req, 64 * 1024)).value);
    if (!parsed.success) throw new HttpProblem(400, 'INVALID_REQUEST', 'A PEM certificate request (csr) is required.');
    const holder = state.db
      .prepare<[string], string>('SELECT display_name FROM experts WHERE id = ?')
      .pluck()
      .get(ctx.expertId ?? '');
    if (!holder) throw new HttpProblem(401, 'UNAUTHORIZED', 'Sign in first.');
    sendJson(ctx.res, 201, await authority.issue(parsed.data.csr, holder));
  });
}

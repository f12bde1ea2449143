// A real electronic signature, end to end: the demonstration platform issues the expert a
// certificate at sign-in (for a key made on the workstation), the signed report's PDF is PAdES that
// poppler's pdfsig verifies (valid, the expert as signer, the whole document), the platform verifies
// it before accepting the report, and refuses a tampered PDF and a certificate it does not trust,
// with a reason the workstation keeps. Without a certificate the report says it is not signed
// electronically.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportState, SigningStatus } from '../../contract';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { EXPERT, devGet } from '../support/platform';
import { expertPkcs12, testAuthority } from '../support/certificates';
import { signReport } from '../support/report-draft';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

type Workstation = Awaited<ReturnType<typeof signedInWorkstation>>;

/** The files under `dir` whose bytes hold `text`. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => readFileSync(file).includes(needle));
}

function pdfTool(tool: 'pdfsig' | 'pdftotext', bytes: Uint8Array, dir: string): string {
  const file = join(dir, `${tool}.pdf`);
  writeFileSync(file, bytes);
  try {
    return execFileSync(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: unknown }).stdout ?? ''); // pdfsig exits non-zero on an invalid signature
  }
}

type Bundle = { entry: { resource: { resourceType: string } & Record<string, unknown> }[] };

/** The PDF (base64) a FHIR document's DiagnosticReport presents. */
function presented(bundle: unknown): string | undefined {
  const report = (bundle as Bundle).entry.find((e) => e.resource.resourceType === 'DiagnosticReport')?.resource as { presentedForm?: { data: string }[] };
  return report.presentedForm?.[0]?.data;
}

/** Signs and sends the knee case's report. */
async function signKneeReport({ core, platform }: Workstation): Promise<{ caseId: string; state: ReportState }> {
  const caseId = platform.caseId('SMO-2026-0101');
  return { caseId, state: await signReport(core, caseId) };
}

async function certificateAfterSignIn(w: Workstation): Promise<SigningStatus> {
  for (let i = 0; i < 100; i++) {
    const status = await w.core.call<SigningStatus>('signing.status');
    if (status.certificate) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  return w.core.call<SigningStatus>('signing.status');
}

describe('the report’s electronic signature', () => {
  it('is issued at sign-in by the demo platform, verified by pdfsig and by the platform, and kept byte for byte', async () => {
    const w = await signedInWorkstation(cleanups, { signing: { issueCertificates: true } });
    const status = await certificateAfterSignIn(w);
    expect(status.certificate).toMatchObject({ holder: EXPERT.displayName, issuer: 'SMO Demo Certification Authority', source: 'platform' });
    // The key never left: the cache holds it, the platform only saw a certificate request.
    expect(JSON.stringify(await devGet(w.platform, '/dev/cases/SMO-2026-0101'))).not.toContain('PRIVATE KEY');

    const { caseId, state } = await signKneeReport(w);
    const [submission] = state.submissions;
    expect(submission).toMatchObject({
      state: 'submitted',
      electronicSignature: { holder: EXPERT.displayName, issuer: 'SMO Demo Certification Authority' },
      receipt: { signatureVerified: true },
    });
    const pdf = await w.core.ctx.reports.exports.pdf(caseId, submission!.id);
    const report = pdfTool('pdfsig', pdf, w.dir);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${EXPERT.displayName}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(pdfTool('pdftotext', pdf, w.dir)).toContain(`Signé électroniquement par ${EXPERT.displayName}`);
    // What the platform stored is the FHIR document the expert exports, presenting the PDF they export.
    const onPlatform = (await devGet(w.platform, '/dev/cases/SMO-2026-0101')) as { submissions: { kind: string; body: Record<string, unknown> }[] };
    const sent = onPlatform.submissions.find((s) => s.kind === 'report')?.body;
    expect(sent?.fhir).toEqual(await w.core.call('reports.fhir', { caseId, submissionId: submission!.id }));
    expect(presented(sent?.fhir)).toBe(Buffer.from(pdf).toString('base64'));

    // A PDF changed after signing is refused by the platform, with its reason.
    const tampered = Buffer.from(pdf);
    tampered[tampered.indexOf('/MediaBox') + 1] = 'N'.charCodeAt(0);
    const fhir = structuredClone(sent?.fhir) as Bundle;
    const presenting = fhir.entry.find((e) => e.resource.resourceType === 'DiagnosticReport')!.resource;
    (presenting.presentedForm as { data: string }[])[0]!.data = tampered.toString('base64');
    const body = { ...sent, kind: 'addendum', fhir };
    const session = w.core.db().prepare('SELECT access_token FROM expert_session').pluck().get() as string;
    const refused = await fetch(`${w.platform.url}/api/v1/cases/${caseId}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session}`, 'Idempotency-Key': 'tampered-pdf-1' },
      body: JSON.stringify(body),
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'SIGNATURE_INVALID' });
  }, 60_000);

  it('signs with an imported PKCS#12 certificate; a platform that does not trust its issuer refuses the report and says why', async () => {
    const authority = testAuthority('Autorité de test Santé');
    const w = await signedInWorkstation(cleanups);
    const file = Buffer.from(expertPkcs12(authority, 'Dr Hélène Łukasiewicz', 'motdepasse')).toString('base64');
    expect(await w.core.call('signing.import', { pkcs12: file, password: 'faux' })).toEqual({
      certificate: null,
      problem: { kind: 'wrong-password', date: null },
    });
    const imported = await w.core.call<SigningStatus>('signing.import', { pkcs12: file, password: 'motdepasse' });
    expect(imported.certificate).toMatchObject({ holder: 'Dr Hélène Łukasiewicz', issuer: 'Autorité de test Santé', source: 'imported' });
    // Kept in the encrypted cache only: nothing of it in the workstation's folder in clear.
    expect(filesHolding(w.dataDir, 'Autorité de test')).toEqual([]);

    const { state } = await signKneeReport(w);
    expect(state.submissions[0]).toMatchObject({ state: 'rejected', rejection: 'SIGNER_UNTRUSTED' });
  }, 60_000);

  it('is accepted by a platform that trusts the issuer; without a certificate the report says it is not signed electronically', async () => {
    const authority = testAuthority('Autorité de test Santé');
    const trusted = new Uint8Array(Buffer.from(authority.pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    const w = await signedInWorkstation(cleanups, { signing: { issueCertificates: false, trusted: [trusted] } });
    const file = Buffer.from(expertPkcs12(authority, 'Dr Hélène Łukasiewicz', 'motdepasse')).toString('base64');
    await w.core.call('signing.import', { pkcs12: file, password: 'motdepasse' });
    const signed = await signKneeReport(w);
    const caseId = signed.caseId;
    let state = signed.state;
    expect(state.submissions[0]).toMatchObject({ state: 'submitted', receipt: { signatureVerified: true } });

    // Removed: the addendum is signed by name, and says so.
    expect(await w.core.call<SigningStatus>('signing.remove', { confirm: true })).toEqual({ certificate: null });
    state = await w.core.call<ReportState>('reports.startAddendum', { caseId });
    state = await w.core.call<ReportState>('reports.save', { caseId, templateId: 'addendum', answers: { addendum: 'Précision.' } });
    await w.core.call('reports.finalize', { caseId, revision: state.draft?.revision });
    await w.core.call('sync.now');
    ({ submissions: state.submissions } = await w.core.call<ReportState>('reports.get', { caseId }));
    const addendum = state.submissions.find((s) => s.kind === 'addendum');
    expect(addendum).toMatchObject({ state: 'submitted', electronicSignature: null, receipt: { signatureVerified: false } });
    const text = pdfTool('pdftotext', await w.core.ctx.reports.exports.pdf(caseId, addendum!.id), w.dir);
    expect(text).toContain('Ce compte rendu n’est pas signé électroniquement.');
    expect(pdfTool('pdfsig', await w.core.ctx.reports.exports.pdf(caseId, addendum!.id), w.dir)).toContain('does not contain any signatures');
  }, 60_000);
});

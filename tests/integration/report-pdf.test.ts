// The patient-facing PDF prints every character the expert and the patient wrote (an embedded,
// subset Unicode font, DejaVu Sans): a French report holding ≥, μ, Ł, a Greek word and an accented
// name is read back by pdftotext (poppler, an independent reader) character for character. A
// character no shipped font covers is named to the expert, with where it is, and signing waits.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportAnswers, ReportState } from '../../contract';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';

const WRITTEN = [
  'Nodule T2 ≥ 5 mm, ≤ 8 mm à 3 mois ; dose 20 μg/kg ± 2 ; 37,5 °C ; 2 ‰ ; 90° → 45° ; 3 × 4 cm',
  'Avis du Dr Łukasz Wałęsa et de Mme Hélène Müller-Çelik, Ångström, Dvořák, Øresund, Şişli',
  'Terme grec : αρθροσκόπηση (arthroscopie), μηνίσκος ; signes α, β, γ, Ω',
];

describe('the report’s PDF', () => {
  const cleanups: Cleanups = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('prints every character written, searchable, and names before signing one no font has', async () => {
    const { platform, core, dir } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId('SMO-2026-0101');
    const draft = (await core.call<ReportState>('reports.get', { caseId })).draft!;
    const save = (answers: ReportAnswers) => core.call<ReportState>('reports.save', { caseId, templateId: draft.template.id, answers });
    const questions = Object.fromEntries(draft.missing.filter((m) => m.linkId.startsWith('question-')).map((m) => [m.linkId, `Réponse : ${WRITTEN[1]}`]));
    const complete = (diagnosis: string, summary: string): ReportAnswers => ({
      ...questions,
      diagnosis,
      treatment: 'Poursuite de la rééducation.',
      'diagnostic-agreement': 'agree',
      'therapeutic-agreement': 'agree',
      complexity: 'complex',
      'complexity-reason': 'Discordance entre l’imagerie et la clinique.',
      'patient-summary': summary,
    });
    // A character no shipped font has (a Chinese and a Korean character): named, with where it is; signing
    // waits. (The fonts' coverage is read once, in the worker thread; the draft says so once read.)
    let state = await save(complete(`${WRITTEN[0]} 骨`, `${WRITTEN[2]} Contrôle 뼈 dans 3 mois`));
    expect(state.draft?.missing).toEqual([]);
    for (let i = 0; i < 100 && state.draft?.unprintable.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = await core.call<ReportState>('reports.get', { caseId });
    }
    // Only those two: ≥, μ, Ł, the Greek and the accents around them print.
    expect(state.draft?.unprintable).toEqual([
      { where: expect.stringMatching(/./), characters: ['骨'] },
      { where: expect.stringMatching(/./), characters: ['뼈'] },
    ]);
    expect(await core.tryCall('reports.finalize', { caseId, revision: state.draft?.revision })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('骨 뼈') },
    });

    state = await save(complete(WRITTEN[0]!, WRITTEN[2]!));
    expect(state.draft?.unprintable).toEqual([]);
    const pdf = await core.ctx.reports.exports.pdf(caseId, 'draft');
    const path = join(dir, 'report.pdf');
    writeFileSync(path, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const written of WRITTEN) {
      for (const part of written.split(/\s*;\s*|,\s+/)) expect(text).toContain(part.trim());
    }
    expect(text).not.toContain('?ukasz');
    // The fonts are embedded with their Unicode map (emb, uni), and only the glyphs used: the PDF
    // is tens of kilobytes, where one font file is 750 (pdf-lib names a subset without the "ABCDEF+").
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /DejaVuSans/.test(l));
    expect(fonts).toHaveLength(3);
    expect(fonts.every((l) => /\byes\s+(yes|no)\s+yes\b/.test(l))).toBe(true);
    expect(pdf.length).toBeLessThan(200_000);
  }, 60_000);
});

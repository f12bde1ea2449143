// Report templates and their rules: every shipped template loads and has the counted fields; a
// broken template fails with an error naming the file and the item; the divergence rule for every
// pair of agreements; enableWhen as FHIR defines it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AGREEMENTS, type ReportItem } from '../../contract';
import { checkTemplate, loadTemplateLibrary, parseTemplateJson, templateForFamily } from '../../src-main/core/reports/template-library';
import { ModuleFile, TemplateFile } from '../../src-main/core/reports/template-schema';
import { readQuestionnaire, SDC_SUB_QUESTIONNAIRE, TRANSLATION } from '../../src-main/core/reports/fhir-questionnaire';
import { fhirProblems } from '../support/fhir-schema';
import { readdirSync } from 'node:fs';
import { divergenceOf, enabledItems, missingItems } from '../../src-main/core/reports/report-rules';
import { buildForm } from '../../src-main/core/reports/report-form';

const DIR = fileURLToPath(new URL('../../resources/report-templates', import.meta.url));
const library = loadTemplateLibrary(DIR);
const read = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Record<string, unknown>;

/** The general template with one change, checked as the loader checks it. */
function checkEdited(edit: (t: { item: Record<string, unknown>[] } & Record<string, unknown>) => void) {
  const json = read('orthopedics.json') as { item: Record<string, unknown>[] } & Record<string, unknown>;
  edit(json);
  const file = parseTemplateJson(readQuestionnaire(json, 'template'), 'orthopedics.json', TemplateFile);
  return checkTemplate(file, 'orthopedics.json', library.modules);
}

/** An item's text as the FHIR files write it: French, and English in the translation extension. */
const fhirText = (fr: string, en: string) => ({
  text: fr,
  _text: {
    extension: [
      {
        url: TRANSLATION,
        extension: [
          { url: 'lang', valueCode: 'en' },
          { url: 'content', valueString: en },
        ],
      },
    ],
  },
});

describe('the shipped templates', () => {
  it('all load, one per specialty, chosen from the disease family', () => {
    expect(library.problems.map((p) => p.message)).toEqual([]);
    expect(library.templates.map((t) => t.id).sort()).toEqual(['cardiology', 'general', 'gynecology', 'imaging-review', 'oncology', 'orthopedics', 'urology']);
    expect(templateForFamily(library, 'orthopedic').id).toBe('orthopedics');
    expect(templateForFamily(library, 'cancer').id).toBe('oncology');
    expect(templateForFamily(library, 'gynecological').id).toBe('gynecology');
    expect(templateForFamily(library, 'urological').id).toBe('urology');
    expect(templateForFamily(library, 'cardiovascular').id).toBe('cardiology');
    expect(templateForFamily(library, 'neurological').id).toBe('general');
    expect(library.modules.has('addendum')).toBe(true);
  });

  it('are valid FHIR R4 Questionnaires (the HL7 JSON schema), French with English translations, modules by canonical URL', () => {
    const files = [...readdirSync(DIR).filter((f) => f.endsWith('.json')), ...readdirSync(`${DIR}/modules`).map((f) => `modules/${f}`)];
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const name of files) {
      const json = read(name);
      expect(fhirProblems(json), name).toEqual([]);
      expect(json.language, name).toBe('fr');
      // Every text has its English: no item reads only in French.
      const texts = JSON.stringify(json).match(/"text":/g)?.length ?? 0;
      const translations = JSON.stringify(json).match(/"_text":/g)?.length ?? 0;
      expect(translations, name).toBe(texts);
    }
    expect(JSON.stringify(read('orthopedics.json'))).toContain(
      '"url":"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-subQuestionnaire","valueCanonical":"https://smo-workstation.invalid/report-templates/modules/second-opinion"',
    );
  });

  it('refuses an extension it does not know, naming the item', () => {
    expect(() =>
      checkEdited((t) => {
        (t.item[1] as { extension?: unknown }).extension = [{ url: 'https://example.org/unknown', valueCode: 'x' }];
      }),
    ).toThrow(/item "orthopedics-assessment"/);
  });
});

describe('a broken template', () => {
  it('names the item whose enableWhen points nowhere', () => {
    expect(() =>
      checkEdited((t) => {
        const group = t.item[1] as { item: { enableWhen?: unknown }[] };
        group.item[0] = { ...group.item[0], enableWhen: [{ question: 'surgical-indicaton', operator: '=', answerCoding: { code: 'indicated' } }] };
      }),
    ).toThrow('Report template orthopedics.json, item "surgical-indication": enableWhen refers to "surgical-indicaton", which is not in the template');
  });

  it('names the item with a missing translation', () => {
    expect(() => checkEdited((t) => delete (t.item[1] as { item: { _text?: unknown }[] }).item[1]!._text)).toThrow(
      /item "conservative-options": item\.1\.item\.1\.text\.en/,
    );
  });

  it('names an enableWhen code the question does not offer', () => {
    expect(() =>
      checkEdited((t) => {
        const group = t.item[1] as { item: Record<string, unknown>[] };
        group.item.push({
          linkId: 'why',
          type: 'text',
          ...fhirText('Pourquoi', 'Why'),
          enableWhen: [{ question: 'surgical-indication', operator: '=', answerCoding: { code: 'urgent' } }],
        });
      }),
    ).toThrow('item "why": enableWhen expects the code "urgent", which "surgical-indication" does not offer');
  });

  it('refuses a template without a counted field, or with the wrong agreement codes', () => {
    const withoutClosing = () => checkEdited((t) => t.item.pop());
    expect(withoutClosing).toThrow('item "additional-exams": this field, which the platform counts, is missing');
    const modules = new Map(library.modules);
    const second = structuredClone(modules.get('second-opinion')) as ModuleFile;
    const agreement = (second.item[2]!.item ?? [])[0]!;
    agreement.answerOption = agreement.answerOption!.slice(0, 3);
    modules.set('second-opinion', second);
    const file = parseTemplateJson(readQuestionnaire(read('general.json'), 'template'), 'general.json', TemplateFile);
    expect(() => checkTemplate(file, 'general.json', modules)).toThrow(
      'item "diagnostic-agreement": the answer codes must be agree, partial, disagree, cannot-assess',
    );
  });

  it('refuses a duplicated linkId and an unknown module', () => {
    expect(() => checkEdited((t) => t.item.push({ linkId: 'diagnosis', type: 'text', ...fhirText('x', 'x') }))).toThrow(
      'item "diagnosis": this linkId is used twice',
    );
    expect(() =>
      checkEdited((t) => {
        t.item[0]!.extension = [{ url: SDC_SUB_QUESTIONNAIRE, valueCanonical: 'https://smo-workstation.invalid/report-templates/modules/second-opnion' }];
      }),
    ).toThrow('includes the module "second-opnion"');
  });
});

describe('the divergence rule', () => {
  it.each(AGREEMENTS.flatMap((d) => AGREEMENTS.map((t) => [d, t] as const)))('diagnosis %s, treatment %s', (diagnostic, therapeutic) => {
    const result = divergenceOf({ 'diagnostic-agreement': diagnostic, 'therapeutic-agreement': therapeutic });
    const dDiverges = diagnostic !== 'agree';
    const tDiverges = therapeutic !== 'agree';
    if (!dDiverges && !tDiverges) expect(result).toEqual({ value: 'convergent', kind: null });
    else expect(result).toEqual({ value: 'divergent', kind: dDiverges && tDiverges ? 'both' : dDiverges ? 'diagnostic' : 'therapeutic' });
  });

  it('is not decided until both agreements are given', () => {
    expect(divergenceOf({})).toBeNull();
    expect(divergenceOf({ 'diagnostic-agreement': 'agree' })).toBeNull();
    expect(divergenceOf({ 'diagnostic-agreement': 'agree', 'therapeutic-agreement': null })).toBeNull();
  });
});

describe('enableWhen', () => {
  const item = (linkId: string, extra: Partial<ReportItem> = {}): ReportItem => ({
    linkId,
    type: 'text',
    text: { fr: linkId, en: linkId },
    required: false,
    readOnly: false,
    maxLength: null,
    answerOption: [],
    enableWhen: [],
    enableBehavior: 'all',
    quote: null,
    item: [],
    ...extra,
  });
  const choice = item('a', { type: 'choice', answerOption: ['x', 'y'].map((code) => ({ valueCoding: { code, display: { fr: code, en: code } } })) });

  it('shows "!=" and "=" items only once the question is answered', () => {
    const items = [
      choice,
      item('not-x', { required: true, enableWhen: [{ question: 'a', operator: '!=', answerCoding: { code: 'x' } }] }),
      item('is-x', { enableWhen: [{ question: 'a', operator: '=', answerCoding: { code: 'x' } }] }),
    ];
    expect([...enabledItems(items, {})]).toEqual(['a']);
    expect([...enabledItems(items, { a: 'x' })]).toEqual(['a', 'is-x']);
    expect([...enabledItems(items, { a: 'y' })]).toEqual(['a', 'not-x']);
    expect(missingItems(items, { a: 'y' }, enabledItems(items, { a: 'y' })).map((i) => i.linkId)).toEqual(['not-x']);
    expect(missingItems(items, { a: 'x' }, enabledItems(items, { a: 'x' }))).toEqual([]);
  });

  it('applies exists, any and all, and hides the children of a hidden group and what depends on a hidden item', () => {
    const b = item('b');
    const group = item('g', { type: 'group', enableWhen: [{ question: 'b', operator: 'exists', answerBoolean: true }], item: [item('child')] });
    const anyOf = item('any', {
      enableBehavior: 'any',
      enableWhen: [
        { question: 'a', operator: '=', answerCoding: { code: 'x' } },
        { question: 'b', operator: 'exists', answerBoolean: true },
      ],
    });
    const allOf = item('all', {
      enableWhen: [
        { question: 'a', operator: '=', answerCoding: { code: 'x' } },
        { question: 'b', operator: 'exists', answerBoolean: true },
      ],
    });
    const chained = item('chained', { enableWhen: [{ question: 'child', operator: 'exists', answerBoolean: true }] });
    const items = [choice, b, group, anyOf, allOf, chained];
    expect([...enabledItems(items, { b: '  ' })]).toEqual(['a', 'b']);
    expect([...enabledItems(items, { b: 'yes', child: 'c' })]).toEqual(['a', 'b', 'g', 'child', 'any', 'chained']);
    expect([...enabledItems(items, { a: 'x', b: 'yes' })]).toEqual(['a', 'b', 'g', 'child', 'any', 'all']);
    // The child's answer stays stored but no longer counts once its group is hidden.
    expect([...enabledItems(items, { child: 'c' })]).toEqual(['a', 'b']);
  });

  it('builds one answer per patient question, and the GP note only with consent', () => {
    const general = library.templates.find((t) => t.id === 'general')!;
    const questions = [
      { id: 'q1', text: 'Faut-il opérer ?' },
      { id: 'q2', text: 'Quand reprendre le sport ?' },
    ];
    const linkIds = (items: ReportItem[]): string[] => items.flatMap((i) => [i.linkId, ...linkIds(i.item)]);
    const withConsent = buildForm(general.item, { questions, gpConsent: true });
    expect(linkIds(withConsent)).toEqual(expect.arrayContaining(['question-q1', 'question-q2', 'gp-note']));
    expect(withConsent[0]?.item.map((i) => [i.quote, i.required])).toEqual([
      ['Faut-il opérer ?', true],
      ['Quand reprendre le sport ?', true],
    ]);
    expect(linkIds(buildForm(general.item, { questions, gpConsent: false }))).not.toContain('gp-note');
  });
});

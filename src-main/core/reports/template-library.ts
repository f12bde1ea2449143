// Loads the report templates from their directory: each file validated against the format, its
// shared modules put in place, then checked as a whole (unique linkIds, enableWhen pointing at a
// real item and a real answer, every field the platform counts present with the right answers).
// A broken template fails with an error that names the file and the item.
import { readFileSync } from 'node:fs';
import { jsonFiles } from '../fs/json-files';
import { join } from 'node:path';
import type { z } from 'zod';
import { AGREEMENTS, COMPLEXITIES, REPORT_FIELDS, type TemplateSummary } from '../../../contract';
import { ModuleFile, TemplateFile, type TemplateItemFile } from './template-schema';
import { readQuestionnaire } from './fhir-questionnaire';

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly linkId: string | null,
    detail: string,
  ) {
    super(`Report template ${file}${linkId ? `, item "${linkId}"` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/** A template ready to use: its modules in place, checked. */
export interface ReportTemplate extends Omit<TemplateFile, 'item'> {
  item: TemplateItemFile[];
}

export interface TemplateLibrary {
  templates: ReportTemplate[];
  /** Shared modules by id; `addendum` is the form of an addendum. */
  modules: Map<string, ModuleFile>;
  /** Files that failed to load, with the reason (they are left out; the build refuses them). */
  problems: TemplateError[];
}

export function summaryOf(t: ReportTemplate): TemplateSummary {
  return { id: t.id, version: t.version, title: t.title, specialty: t.specialty };
}

/** The template for a disease family: the specific one if any, else the general one. */
export function templateForFamily(library: TemplateLibrary, family: string): ReportTemplate {
  const specific = library.templates.find((t) => t.diseaseFamilies.includes(family));
  const general = library.templates.find((t) => t.diseaseFamilies.includes('*'));
  const chosen = specific ?? general;
  if (!chosen) throw new Error('No general report template could be loaded.');
  return chosen;
}

export function loadTemplateLibrary(dir: string): TemplateLibrary {
  const modules = new Map<string, ModuleFile>();
  const problems: TemplateError[] = [];
  for (const name of jsonFiles(join(dir, 'modules'))) {
    try {
      const module = parseFile(join(dir, 'modules', name), `modules/${name}`, ModuleFile, 'module');
      modules.set(module.id, module);
    } catch (error) {
      problems.push(asTemplateError(error, `modules/${name}`));
    }
  }
  const templates: ReportTemplate[] = [];
  for (const name of jsonFiles(dir)) {
    try {
      templates.push(checkTemplate(parseFile(join(dir, name), name, TemplateFile, 'template'), name, modules));
    } catch (error) {
      problems.push(asTemplateError(error, name));
    }
  }
  const ids = new Set<string>();
  for (const t of templates) {
    if (ids.has(t.id)) problems.push(new TemplateError(`${t.id}.json`, null, `the id "${t.id}" is used by two templates`));
    ids.add(t.id);
  }
  return { templates, modules, problems };
}

/** Validates one template file's content (already parsed JSON) with the given modules. */
export function checkTemplate(file: TemplateFile, name: string, modules: Map<string, ModuleFile>): ReportTemplate {
  const item = assemble(file.item, name, modules, []);
  const template = { ...file, item };
  checkItems(template, name);
  checkCountedFields(template, name);
  return template;
}

function parseFile<T>(path: string, name: string, schema: z.ZodType<T>, kind: 'template' | 'module'): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TemplateError(name, null, `not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  // The file is a FHIR Questionnaire: read into the library's form, then checked.
  return parseTemplateJson(readQuestionnaire(json, kind), name, schema);
}

/** Zod's first issue, said with the linkId of the item it is in. */
export function parseTemplateJson<T>(json: unknown, name: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  let node: unknown = json;
  let linkId: string | null = null;
  for (const key of path) {
    if (node && typeof node === 'object') node = (node as Record<string | number, unknown>)[key as string | number];
    const id = node && typeof node === 'object' ? (node as { linkId?: unknown }).linkId : undefined;
    if (typeof id === 'string') linkId = id;
  }
  throw new TemplateError(name, linkId, `${path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`);
}

function asTemplateError(error: unknown, name: string): TemplateError {
  return error instanceof TemplateError ? error : new TemplateError(name, null, error instanceof Error ? error.message : 'unreadable');
}

function assemble(items: TemplateItemFile[], name: string, modules: Map<string, ModuleFile>, trail: string[]): TemplateItemFile[] {
  return items.flatMap((item) => {
    if (item.subQuestionnaire) {
      const module = modules.get(item.subQuestionnaire);
      if (item.type !== 'display') throw new TemplateError(name, item.linkId, 'only a display item can include a module');
      if (!module) throw new TemplateError(name, item.linkId, `includes the module "${item.subQuestionnaire}", which is not in report-templates/modules`);
      if (trail.includes(module.id)) throw new TemplateError(name, item.linkId, `the module "${module.id}" includes itself`);
      return assemble(module.item, name, modules, [...trail, module.id]);
    }
    return [item.item ? { ...item, item: assemble(item.item, name, modules, trail) } : item];
  });
}

function walk(items: TemplateItemFile[], visit: (item: TemplateItemFile) => void): void {
  for (const item of items) {
    visit(item);
    if (item.item) walk(item.item, visit);
  }
}

const ANSWER_TYPE: Record<string, TemplateItemFile['type'][]> = {
  answerCoding: ['choice'],
  answerBoolean: ['boolean'],
  answerString: ['string', 'text'],
  answerDecimal: ['decimal'],
};

function checkItems(template: ReportTemplate, name: string): void {
  const byId = new Map<string, TemplateItemFile>();
  walk(template.item, (item) => {
    if (byId.has(item.linkId)) throw new TemplateError(name, item.linkId, 'this linkId is used twice');
    byId.set(item.linkId, item);
  });
  walk(template.item, (item) => {
    const fail = (detail: string) => {
      throw new TemplateError(name, item.linkId, detail);
    };
    if (item.type === 'choice' && !item.answerOption) fail('a choice needs answerOption');
    if (item.type !== 'choice' && item.answerOption) fail(`a ${item.type} item cannot have answerOption`);
    if (item.type === 'group' && !item.item) fail('a group needs items');
    if (item.type !== 'group' && item.item) fail(`a ${item.type} item cannot contain items`);
    if (item.populate && (item.type !== 'group' || !item.repeats)) fail('populate is for a repeating group');
    if (item.repeats && !item.populate) fail('only the patient-questions group repeats');
    if (item.type === 'display' && item.required) fail('a display item cannot be required');
    const codes = item.answerOption?.map((o) => o.valueCoding.code) ?? [];
    if (new Set(codes).size !== codes.length) fail('two answer options have the same code');
    const conditions = item.enableWhen ?? [];
    if (conditions.length > 1 && !item.enableBehavior) fail('several enableWhen conditions need enableBehavior (all or any)');
    for (const when of conditions) {
      const target = byId.get(when.question);
      if (!target) fail(`enableWhen refers to "${when.question}", which is not in the template`);
      if (when.question === item.linkId) fail('enableWhen refers to the item itself');
      const answers = Object.keys(when).filter((k) => k.startsWith('answer'));
      if (answers.length !== 1) fail(`enableWhen on "${when.question}" needs exactly one answer[x]`);
      const kind = answers[0] ?? '';
      if (when.operator === 'exists') {
        if (kind !== 'answerBoolean') fail('enableWhen with "exists" takes answerBoolean');
        continue;
      }
      if (!ANSWER_TYPE[kind]?.includes(target?.type ?? 'display')) fail(`enableWhen compares "${when.question}" (${target?.type}) with ${kind}`);
      const code = when.answerCoding?.code;
      if (code !== undefined && !target?.answerOption?.some((o) => o.valueCoding.code === code)) {
        fail(`enableWhen expects the code "${code}", which "${when.question}" does not offer`);
      }
    }
  });
}

/** The fields the platform counts, present and shaped as it counts them. */
function checkCountedFields(template: ReportTemplate, name: string): void {
  const byId = new Map<string, TemplateItemFile>();
  walk(template.item, (item) => byId.set(item.linkId, item));
  const need = (linkId: string, type: TemplateItemFile['type']) => {
    const item = byId.get(linkId);
    if (!item) throw new TemplateError(name, linkId, 'this field, which the platform counts, is missing');
    if (item.type !== type) throw new TemplateError(name, linkId, `must be a ${type} item, not ${item.type}`);
    return item;
  };
  const codesMustBe = (item: TemplateItemFile, expected: readonly string[]) => {
    const codes = (item.answerOption ?? []).map((o) => o.valueCoding.code);
    if (codes.join() !== expected.join()) throw new TemplateError(name, item.linkId, `the answer codes must be ${expected.join(', ')}`);
  };
  const dependsOn = (item: TemplateItemFile, question: string, operator: '=' | '!=', code: string) => {
    const ok =
      item.enableWhen?.length === 1 &&
      item.enableWhen[0]?.question === question &&
      item.enableWhen[0].operator === operator &&
      item.enableWhen[0].answerCoding?.code === code;
    if (!ok) throw new TemplateError(name, item.linkId, `must be enabled when "${question}" ${operator} "${code}"`);
  };
  const F = REPORT_FIELDS;
  const questions = need(F.patientQuestions, 'group');
  if (questions.populate !== 'patient-questions') throw new TemplateError(name, F.patientQuestions, "must be populated from the patient's questions");
  for (const id of [F.diagnosis, F.treatment, F.additionalExams, F.patientSummary]) need(id, 'text');
  for (const [agreement, justification] of [
    [F.diagnosticAgreement, F.diagnosticJustification],
    [F.therapeuticAgreement, F.therapeuticJustification],
  ] as const) {
    const item = need(agreement, 'choice');
    if (!item.required) throw new TemplateError(name, agreement, 'must be required');
    codesMustBe(item, AGREEMENTS);
    const why = need(justification, 'text');
    dependsOn(why, agreement, '!=', 'agree');
  }
  const complexity = need(F.complexity, 'choice');
  if (!complexity.required) throw new TemplateError(name, F.complexity, 'must be required');
  codesMustBe(complexity, COMPLEXITIES);
  dependsOn(need(F.complexityReason, 'text'), F.complexity, '=', 'complex');
  if (need(F.gpNote, 'text').enableWhenContext !== 'gp-consent')
    throw new TemplateError(name, F.gpNote, 'must depend on the patient\'s consent to share with the GP (enableWhenContext "gp-consent")');
}

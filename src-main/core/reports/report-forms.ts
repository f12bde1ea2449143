// The forms a report is written on: the template library (loaded once, a broken file logged by
// name), the form of a case's draft (its template or the addendum's, instantiated with the case's
// questions and consent) and where a template comes from as FHIR names it.
import { QUESTION_LINK_PREFIX, type ReportItem, type TemplateSummary } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import type { Logger } from '../log/logger';
import { CoreError } from '../rpc/core-error';
import { buildForm } from './report-form';
import { followUpQuestions, readSubmissions, type DraftRow, type ReportCase } from './report-store';
import { loadTemplateLibrary, summaryOf, templateForFamily, type ReportTemplate, type TemplateLibrary } from './template-library';

/** The addendum's form, a module of the library. */
export const ADDENDUM_FORM = 'addendum';
const ADDENDUM = ADDENDUM_FORM;

/** A form ready to fill: what it comes from and its items for this case. */
export interface Form {
  template: TemplateSummary;
  items: ReportItem[];
  url: string;
  code: ReportTemplate['code'];
}

export class ReportForms {
  private library: TemplateLibrary | null = null;

  constructor(
    private readonly templatesDir: string,
    private readonly log: Logger,
  ) {}

  templates(): TemplateLibrary {
    if (!this.library) {
      this.library = loadTemplateLibrary(this.templatesDir);
      for (const problem of this.library.problems) this.log.error('report template refused', { template: problem.file, item: problem.linkId });
    }
    return this.library;
  }

  sourceOf(templateId: string): Pick<Form, 'url' | 'code'> {
    const t = this.templates().templates.find((x) => x.id === templateId);
    return t
      ? { url: t.url, code: t.code }
      : {
          url: `https://smo-workstation.invalid/report-templates/${templateId}`,
          code: [{ system: 'http://loinc.org', code: '11488-4', display: 'Consult note' }],
        };
  }

  addendumModule() {
    const module = this.templates().modules.get(ADDENDUM);
    if (!module) throw new CoreError('INTERNAL', 'The addendum form is missing from the report templates.');
    return module;
  }

  formOf(db: CacheDatabase, c: ReportCase, row: DraftRow): Form {
    if (row.kind === 'addendum') {
      const module = this.addendumModule();
      // The patient's follow-up questions not yet answered by an earlier addendum (by id, not by
      // time: the platform's clock and this computer's may differ).
      const answered = new Set(
        readSubmissions(db, c.id)
          .filter((s) => s.kind === 'addendum')
          .flatMap((s) => Object.keys(s.answers)),
      );
      const questions = followUpQuestions(db, c.id).filter((q) => !answered.has(`${QUESTION_LINK_PREFIX}${q.id}`));
      return {
        template: { id: ADDENDUM, version: module.version, title: module.title, specialty: ADDENDUM },
        items: buildForm(module.item, { questions, gpConsent: c.gpConsent }),
        ...this.sourceOf(ADDENDUM),
      };
    }
    const template = this.templates().templates.find((t) => t.id === row.templateId) ?? templateForFamily(this.templates(), c.family);
    return {
      template: summaryOf(template),
      items: buildForm(template.item, { questions: c.questions, gpConsent: c.gpConsent }),
      url: template.url,
      code: template.code,
    };
  }
}

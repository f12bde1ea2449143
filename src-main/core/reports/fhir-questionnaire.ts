// Report templates are FHIR R4 Questionnaires, valid for any FHIR tool: text in the template's
// language (French) with its English in the standard `translation` extension; modules included
// through SDC's subQuestionnaire extension (by canonical URL); what FHIR has no element for in our
// own extensions (the specialty, the disease families a template is chosen for, the patient's
// questions as a repeating group, a field shown only with the patient's consent to share with the
// GP). This reads one into the form the template library checks; anything else (an unknown
// extension, a missing translation) is left for that check to refuse with the file and item named.
import { REPORT_EXTENSION_BASE } from '../../../contract';

type Json = Record<string, unknown>;

export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
export const SDC_SUB_QUESTIONNAIRE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-subQuestionnaire';
/** Where the shared modules' canonical URLs live; a module is named by the last segment. */
export const MODULES_BASE = 'https://smo-workstation.invalid/report-templates/modules/';

const EXTENSIONS = {
  specialty: `${REPORT_EXTENSION_BASE}report-specialty`,
  diseaseFamily: `${REPORT_EXTENSION_BASE}report-disease-family`,
  populate: `${REPORT_EXTENSION_BASE}report-populate`,
  enableWhenContext: `${REPORT_EXTENSION_BASE}report-enable-when-context`,
} as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** The extensions of `node` with this URL, and the rest. */
function split(node: Json): { values: (url: string) => unknown[]; others: Json[] } {
  const extensions = list(node.extension);
  const known = new Set<string>([...Object.values(EXTENSIONS), SDC_SUB_QUESTIONNAIRE]);
  return {
    values: (url) => extensions.filter((e) => e.url === url).map((e) => e.valueCode ?? e.valueCanonical ?? e.valueString),
    others: extensions.filter((e) => typeof e.url !== 'string' || !known.has(e.url)),
  };
}

/** `node[key]` in French, with its English from the translation extension on `_key`: `{ fr, en }`. */
function localText(node: Json, key: string): unknown {
  const fr = node[key];
  if (typeof fr !== 'string') return fr;
  const translation = list(isObject(node[`_${key}`]) ? (node[`_${key}`] as Json).extension : undefined)
    .filter((e) => e.url === TRANSLATION)
    .map((e) => list(e.extension))
    .find((parts) => parts.some((p) => p.url === 'lang' && p.valueCode === 'en'));
  const en = translation?.find((p) => p.url === 'content')?.valueString;
  return { fr, en };
}

function withoutFhirOnly(node: Json, ...keys: string[]): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (!k.startsWith('_') && k !== 'extension' && !keys.includes(k)) out[k] = v;
  return out;
}

function readItem(node: Json): Json {
  const { values, others } = split(node);
  const sub = values(SDC_SUB_QUESTIONNAIRE)[0];
  const out: Json = { ...withoutFhirOnly(node), text: localText(node, 'text') };
  if (typeof sub === 'string') out.subQuestionnaire = sub.startsWith(MODULES_BASE) ? sub.slice(MODULES_BASE.length).split('|')[0] : sub;
  const populate = values(EXTENSIONS.populate)[0];
  if (populate !== undefined) out.populate = populate;
  const context = values(EXTENSIONS.enableWhenContext)[0];
  if (context !== undefined) out.enableWhenContext = context;
  if (others.length > 0) out.extension = others;
  if (Array.isArray(node.answerOption)) {
    out.answerOption = list(node.answerOption).map((o) =>
      isObject(o.valueCoding) ? { ...o, valueCoding: { ...withoutFhirOnly(o.valueCoding), display: localText(o.valueCoding, 'display') } } : o,
    );
  }
  if (Array.isArray(node.item)) out.item = list(node.item).map(readItem);
  return out;
}

/** A template or module file, read from its FHIR form into the library's. */
export function readQuestionnaire(json: unknown, kind: 'template' | 'module'): unknown {
  if (!isObject(json) || json.resourceType !== 'Questionnaire') return json;
  const { values, others } = split(json);
  const out: Json = { ...withoutFhirOnly(json, 'language', ...(kind === 'module' ? ['url'] : [])), title: localText(json, 'title') };
  if (kind === 'template') {
    out.description = localText(json, 'description');
    // The template's own language, then the languages it is translated into.
    out.language = json.language === 'fr' ? ['fr', 'en'] : [json.language];
    out.specialty = values(EXTENSIONS.specialty)[0];
    out.diseaseFamilies = values(EXTENSIONS.diseaseFamily);
  }
  if (others.length > 0) out.extension = others;
  if (Array.isArray(json.item)) out.item = list(json.item).map(readItem);
  return out;
}

// The patient's questionnaire, a FHIR R4 QuestionnaireResponse: groups, and answers of every type
// (text, choice, yes/no, dates, numbers, quantities, references to attached documents, which open
// the document). Rendered defensively: the platform's data is shown, never trusted to be complete.
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { Highlight } from './Highlight';

interface Item {
  linkId?: unknown;
  text?: unknown;
  item?: unknown;
  answer?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const items = (v: unknown): Item[] => (Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as Item[]) : []);

interface Props {
  response: Record<string, unknown>;
  locale: Locale;
  query: string;
  onOpenDocument: (attachmentId: string) => void;
}

export function Questionnaire({ response, locale, query, onOpenDocument }: Props) {
  return (
    <div className="questionnaire" data-testid="questionnaire">
      {items(response.item).map((item, i) => (
        <QuestionnaireItem key={str(item.linkId) ?? i} item={item} depth={0} locale={locale} query={query} onOpenDocument={onOpenDocument} />
      ))}
    </div>
  );
}

function QuestionnaireItem({ item, depth, ...rest }: { item: Item; depth: number } & Omit<Props, 'response'>) {
  const children = items(item.item);
  const text = str(item.text) ?? str(item.linkId) ?? '';
  if (children.length > 0 && !Array.isArray(item.answer)) {
    return (
      <section className={`questionnaire__group questionnaire__group--${depth}`}>
        <h4>
          <Highlight text={text} query={rest.query} />
        </h4>
        {children.map((child, i) => (
          <QuestionnaireItem key={str(child.linkId) ?? i} item={child} depth={depth + 1} {...rest} />
        ))}
      </section>
    );
  }
  return (
    <div className="questionnaire__item">
      <div className="questionnaire__question">
        <Highlight text={text} query={rest.query} />
      </div>
      <div className="questionnaire__answer">
        {items(item.answer).map((answer, i) => (
          <Answer key={i} answer={answer as Record<string, unknown>} {...rest} />
        ))}
      </div>
    </div>
  );
}

function Answer({ answer, locale, query, onOpenDocument }: { answer: Record<string, unknown> } & Omit<Props, 'response'>) {
  const { t } = useTranslation();
  const number = (n: unknown) => (typeof n === 'number' ? new Intl.NumberFormat(locale).format(n) : '');
  const reference = answer.valueReference as { reference?: unknown; display?: unknown } | undefined;
  if (reference) {
    const ref = str(reference.reference) ?? '';
    const id = ref.startsWith('Attachment/') ? ref.slice('Attachment/'.length) : null;
    const label = str(reference.display) ?? ref;
    return id ? (
      <button type="button" className="link-button" data-testid="questionnaire-document" onClick={() => onOpenDocument(id)}>
        <Highlight text={label} query={query} />
      </button>
    ) : (
      <span>{label}</span>
    );
  }
  let text = '';
  if (typeof answer.valueString === 'string') text = answer.valueString;
  else if (typeof answer.valueBoolean === 'boolean') text = t(answer.valueBoolean ? 'workspace.yes' : 'workspace.no');
  else if ('valueInteger' in answer) text = number(answer.valueInteger);
  else if ('valueDecimal' in answer) text = number(answer.valueDecimal);
  else if (typeof answer.valueDate === 'string' || typeof answer.valueDateTime === 'string') {
    const value = str(answer.valueDate) ?? str(answer.valueDateTime) ?? '';
    const date = new Date(value);
    text = Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } else if (answer.valueQuantity && typeof answer.valueQuantity === 'object') {
    const q = answer.valueQuantity as { value?: unknown; unit?: unknown };
    text = `${number(q.value)} ${str(q.unit) ?? ''}`.trim();
  } else if (answer.valueCoding && typeof answer.valueCoding === 'object') {
    const c = answer.valueCoding as { display?: unknown; code?: unknown };
    text = str(c.display) ?? str(c.code) ?? '';
  }
  return (
    <span className="questionnaire__value">
      <Highlight text={text} query={query} />
    </span>
  );
}

/** How many times the query occurs in the questionnaire's questions and answers. */
export function countQuestionnaireMatches(response: Record<string, unknown>, query: string, count: (text: string) => number): number {
  const walk = (list: Item[]): number =>
    list.reduce((sum, item) => {
      const answers = items(item.answer).map((a) => {
        const v = a as Record<string, unknown>;
        const ref = v.valueReference as { display?: unknown } | undefined;
        return str(v.valueString) ?? str(ref?.display) ?? str((v.valueCoding as { display?: unknown } | undefined)?.display) ?? '';
      });
      return sum + count(str(item.text) ?? '') + answers.reduce((s, a) => s + count(a), 0) + walk(items(item.item));
    }, 0);
  return query.trim() ? walk(items(response.item)) : 0;
}

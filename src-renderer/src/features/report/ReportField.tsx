// One item of the report form: a group with its items, a text, a choice as buttons, a yes/no, a
// number. A patient's question is shown above its answer; a required field that is still empty
// says so beside it once the expert has tried to submit.
import { useTranslation } from 'react-i18next';
import type { Locale, ReportAnswer, ReportAnswers, ReportItem } from '../../../../contract';

export interface FieldContext {
  lang: Locale;
  answers: ReportAnswers;
  enabled: Set<string>;
  missing: Set<string>;
  showMissing: boolean;
  readOnly: boolean;
  change: (linkId: string, value: ReportAnswer, at: 'now' | 'pause') => void;
  /** The text field the expert is in, for the insert helpers. */
  onFocusText: (linkId: string, element: HTMLTextAreaElement | HTMLInputElement) => void;
}

export function ReportField({ item, ctx }: { item: ReportItem; ctx: FieldContext }) {
  const { t } = useTranslation();
  if (!ctx.enabled.has(item.linkId)) return null;
  const label = item.text[ctx.lang];
  const id = `report-${item.linkId}`;
  const value = ctx.answers[item.linkId];
  const missing = ctx.showMissing && ctx.missing.has(item.linkId);
  const required = item.required ? (
    <span className="report-field__required" aria-hidden="true">
      *
    </span>
  ) : null;
  const hint = missing ? (
    <p className="report-field__missing" id={`${id}-missing`} role="alert">
      {t('report.required')}
    </p>
  ) : null;

  if (item.type === 'group') {
    if (item.item.length === 0) return null;
    return (
      <fieldset className="report-group" data-testid={`report-field-${item.linkId}`}>
        <legend>{label}</legend>
        {item.item.map((child) => (
          <ReportField key={child.linkId} item={child} ctx={ctx} />
        ))}
      </fieldset>
    );
  }
  if (item.type === 'display') return <p className="muted">{label}</p>;
  if (item.type === 'choice') {
    const testIdOf = (code: string) => (item.linkId === 'complexity' ? `complexity-${code}` : `report-option-${item.linkId}-${code}`);
    return (
      <div
        className="report-field"
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        data-testid={`report-field-${item.linkId}`}
        data-value={typeof value === 'string' ? value : ''}
      >
        <span className="report-field__label" id={`${id}-label`}>
          {label} {required}
        </span>
        <div className="segmented">
          {item.answerOption.map(({ valueCoding: o }) => (
            <button
              key={o.code}
              type="button"
              role="radio"
              aria-checked={value === o.code}
              className={`segmented__option${value === o.code ? ' segmented__option--on' : ''}`}
              disabled={ctx.readOnly}
              data-testid={testIdOf(o.code)}
              onClick={() => ctx.change(item.linkId, value === o.code ? null : o.code, 'now')}
            >
              {o.display[ctx.lang]}
            </button>
          ))}
        </div>
        {hint}
      </div>
    );
  }
  if (item.type === 'boolean') {
    return (
      <label className="report-field report-field--inline" data-testid={`report-field-${item.linkId}`}>
        <input type="checkbox" checked={value === true} disabled={ctx.readOnly} onChange={(e) => ctx.change(item.linkId, e.target.checked, 'now')} />
        {label}
      </label>
    );
  }
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const common = {
    id,
    value: text,
    readOnly: ctx.readOnly,
    maxLength: item.maxLength ?? undefined,
    'aria-invalid': missing || undefined,
    'aria-describedby': missing ? `${id}-missing` : undefined,
    'data-testid': `report-field-${item.linkId}`,
  };
  return (
    <div className="report-field">
      {item.quote ? (
        <blockquote className="report-field__question" id={`${id}-label`}>
          {item.quote}
        </blockquote>
      ) : null}
      <label className="report-field__label" htmlFor={id}>
        {label} {required}
      </label>
      {item.type === 'text' ? (
        <textarea
          {...common}
          rows={3}
          onFocus={(e) => ctx.onFocusText(item.linkId, e.currentTarget)}
          onChange={(e) => ctx.change(item.linkId, e.target.value, 'pause')}
        />
      ) : (
        <input
          {...common}
          type={item.type === 'decimal' ? 'number' : 'text'}
          onFocus={(e) => ctx.onFocusText(item.linkId, e.currentTarget)}
          onChange={(e) => ctx.change(item.linkId, item.type === 'decimal' ? (e.target.value === '' ? null : Number(e.target.value)) : e.target.value, 'pause')}
        />
      )}
      {hint}
    </div>
  );
}

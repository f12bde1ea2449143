// My practice: the expert's own divergence, complexity and review time over their finished
// opinions, beside the network's (the published cohort and this platform), for the last 3 or 12
// months or all; computed in core from the cached history, so it works offline. Each chart has
// its table, with the same figures; a rate on fewer than 5 opinions is not shown, its interval is.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartSection, ColumnHeads } from './ChartSection';
import { Chart } from 'react-chartjs-2';
import type { Locale, PracticePeriod, PracticeSummary, Proportion } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useLive } from '../../backend/use-live';
import { formatDateTime } from '../../ui/format';
import { contentUrl } from '../documents/content-url';
import { COLOURS, registerPracticeCharts } from './practice-charts';

const PERIODS: PracticePeriod[] = ['3m', '12m', 'all'];
/** The intervals drawn light on the dark background (the plugin's default is near black). */
const ERROR_BARS = { errorBarColor: COLOURS.interval, errorBarWhiskerColor: COLOURS.interval, errorBarLineWidth: 1.5, errorBarWhiskerLineWidth: 1.5 };

/** "32 %" in the expert's language, or null for no rate. */
function percent(locale: Locale, value: number | null): string | null {
  return value === null ? null : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

function useFormat(locale: Locale) {
  const { t } = useTranslation();
  const number = (value: number, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  /** "32 % (27–38 %)", or "fewer than 5 opinions (interval 12–88 %)". */
  const rate = (p: Proportion) =>
    p.rate === null
      ? t('practice.tooFew', { low: percent(locale, p.low), high: percent(locale, p.high) })
      : t('practice.rate', { rate: percent(locale, p.rate), low: percent(locale, p.low), high: percent(locale, p.high) });
  return { number, rate };
}

export function PracticeView({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [period, setPeriod] = useState<PracticePeriod>('12m');
  // Reloaded after each sync: the history comes with it.
  const summary = useLive(() => backend.practice.summary({ period }), ['sync.changed'], period, 1000).value;
  registerPracticeCharts();
  return (
    <section className="view practice" data-testid="practice" aria-labelledby="practice-title">
      <header className="practice__header">
        <h1 id="practice-title" className="view__title">
          {t('practice.title')}
        </h1>
        <div className="practice__tools">
          <div className="segmented" role="group" aria-label={t('practice.period')}>
            {PERIODS.map((p) => (
              <button
                key={p}
                type="button"
                className={`segmented__option${p === period ? ' segmented__option--on' : ''}`}
                aria-pressed={p === period}
                onClick={() => setPeriod(p)}
                data-testid={`practice-period-${p}`}
              >
                {t(`practice.periods.${p}`)}
              </button>
            ))}
          </div>
          {/* The opinions of the period as a spreadsheet, in the expert's language (made by core, recorded in the audit trail). */}
          <a
            className="button button--secondary button--small"
            href={contentUrl(`practice/${period}/${locale}@${Date.now()}`)}
            download={`${t('practice.fileName')}-${period}.csv`}
            data-testid="practice-export"
          >
            {t('practice.export')}
          </a>
        </div>
      </header>
      {!summary ? (
        <p className="loading">{t('workspace.loading')}</p>
      ) : summary.opinions === 0 ? (
        <p className="notice" data-testid="practice-empty">
          {t(summary.historyAt ? 'practice.empty' : 'practice.noHistory')}
        </p>
      ) : (
        <PracticeFigures summary={summary} locale={locale} />
      )}
    </section>
  );
}

function PracticeFigures({ summary: s, locale }: { summary: PracticeSummary; locale: Locale }) {
  const { t } = useTranslation();
  const { number, rate } = useFormat(locale);
  const family = (f: string) => t(`families.${f}`, { defaultValue: f });
  const minutes = (v: number) => t('practice.minutes', { value: number(v) });
  return (
    <div className="practice__body" data-testid="practice-figures" data-opinions={s.opinions}>
      <dl className="practice__facts">
        <div>
          <dt>{t('practice.opinions')}</dt>
          <dd data-testid="practice-opinions">{number(s.opinions)}</dd>
        </div>
        <div>
          <dt>{t('practice.divergence')}</dt>
          <dd data-testid="practice-divergence">{rate(s.divergence)}</dd>
          <dd className="muted">
            {t('practice.kinds', { diagnostic: s.divergenceKinds.diagnostic, therapeutic: s.divergenceKinds.therapeutic, both: s.divergenceKinds.both })}
          </dd>
        </div>
        <div>
          <dt>{t('practice.complexShare')}</dt>
          <dd>{rate(s.complexShare)}</dd>
        </div>
        <div>
          <dt>{t('practice.withinDeadline')}</dt>
          <dd>{rate(s.withinDeadline)}</dd>
          {s.turnaroundDays && (
            <dd className="muted">
              {t('practice.turnaround', { median: number(s.turnaroundDays.median, 1), q1: number(s.turnaroundDays.q1, 1), q3: number(s.turnaroundDays.q3, 1) })}
            </dd>
          )}
        </div>
      </dl>

      <ChartSection
        name="family"
        title={t('practice.byFamily')}
        rates={JSON.stringify(Object.fromEntries(s.byFamily.map((f) => [f.family, f.divergence.rate])))}
        chart={
          <Chart
            type="barWithErrorBars"
            aria-label={t('practice.byFamily')}
            role="img"
            data={{
              labels: s.byFamily.map((f) => family(f.family)),
              datasets: [
                {
                  label: t('practice.mine'),
                  ...ERROR_BARS,
                  backgroundColor: COLOURS.own,
                  // No bar under 5 opinions; the interval is drawn whatever the number.
                  data: s.byFamily.map((f) => ({ y: f.divergence.rate ?? Number.NaN, yMin: f.divergence.low, yMax: f.divergence.high })),
                },
                {
                  label: t('practice.networkLive'),
                  ...ERROR_BARS,
                  backgroundColor: COLOURS.live,
                  data: s.byFamily.map((f) =>
                    f.network.live
                      ? { y: f.network.live.rate ?? Number.NaN, yMin: f.network.live.low, yMax: f.network.live.high }
                      : { y: Number.NaN, yMin: Number.NaN, yMax: Number.NaN },
                  ),
                },
                {
                  label: t('practice.networkReference'),
                  backgroundColor: COLOURS.reference,
                  data: s.byFamily.map((f) => ({ y: f.network.reference?.rate ?? Number.NaN, yMin: Number.NaN, yMax: Number.NaN })),
                },
              ],
            }}
            options={{ maintainAspectRatio: false, scales: { y: { min: 0, max: 1, ticks: { callback: (v) => percent(locale, Number(v)) } } } }}
          />
        }
      >
        <table className="practice__table" data-testid="practice-family-table">
          <caption className="visually-hidden">{t('practice.byFamily')}</caption>
          <ColumnHeads
            columns={[
              t('practice.family'),
              t('practice.opinions'),
              t('practice.mine'),
              t('practice.kindsShort'),
              t('practice.networkLive'),
              t('practice.networkReference'),
            ]}
          />
          <tbody>
            {s.byFamily.map((f) => (
              <tr key={f.family} data-testid="practice-family-row" data-family={f.family} data-rate={f.divergence.rate ?? ''}>
                <th scope="row">{family(f.family)}</th>
                <td>{f.divergence.n}</td>
                <td>{rate(f.divergence)}</td>
                <td>{`${f.kinds.diagnostic} / ${f.kinds.therapeutic} / ${f.kinds.both}`}</td>
                <td>{f.network.live ? rate(f.network.live) : '—'}</td>
                <td>{f.network.reference ? percent(locale, f.network.reference.rate) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {s.network && <p className="field__help">{t('practice.source', { source: s.network.source, overall: rate(s.network.overall!) })}</p>}
      </ChartSection>

      <ChartSection
        name="review"
        title={t('practice.reviewTime')}
        small
        chart={
          <Chart
            type="boxplot"
            aria-label={t('practice.reviewTime')}
            role="img"
            data={{
              labels: [t('practice.simple'), t('practice.complex')],
              datasets: [
                {
                  label: t('practice.reviewTime'),
                  backgroundColor: [COLOURS.own, COLOURS.complex],
                  borderColor: '#c9d1d9',
                  data: [s.reviewMinutes.simple, s.reviewMinutes.complex].map((r) =>
                    r ? { min: r.min, q1: r.q1, median: r.median, q3: r.q3, max: r.max } : { min: 0, q1: 0, median: 0, q3: 0, max: 0 },
                  ),
                },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              plugins: { legend: { display: false } },
              scales: { y: { title: { display: true, text: t('practice.minutesAxis') } } },
            }}
          />
        }
      >
        <table className="practice__table" data-testid="practice-review-table">
          <caption className="visually-hidden">{t('practice.reviewTime')}</caption>
          <ColumnHeads columns={[t('practice.complexity'), t('practice.opinions'), t('practice.median'), t('practice.quartiles'), t('practice.divergence')]} />
          <tbody>
            {(['simple', 'complex'] as const).map((c) => {
              const r = s.reviewMinutes[c];
              return (
                <tr key={c} data-testid="practice-review-row" data-complexity={c} data-median={r?.median ?? ''}>
                  <th scope="row">{t(`practice.${c}`)}</th>
                  <td>{r?.n ?? 0}</td>
                  <td>{r ? minutes(r.median) : '—'}</td>
                  <td>{r ? `${minutes(r.q1)} – ${minutes(r.q3)}` : '—'}</td>
                  <td>{rate(s.byComplexity[c])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ChartSection>

      <ChartSection
        name="month"
        title={t('practice.perMonth')}
        small
        chart={
          <Chart
            type="bar"
            aria-label={t('practice.perMonth')}
            role="img"
            data={{
              labels: s.perMonth.map((m) => formatMonth(locale, m.month)),
              datasets: [{ label: t('practice.opinions'), backgroundColor: COLOURS.own, data: s.perMonth.map((m) => m.opinions) }],
            }}
            options={{ maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
          />
        }
      >
        <details className="practice__details">
          <summary>{t('practice.monthTable')}</summary>
          <table className="practice__table" data-testid="practice-month-table">
            <ColumnHeads columns={[t('practice.month'), t('practice.opinions')]} />
            <tbody>
              {s.perMonth.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(locale, m.month)}</th>
                  <td>{m.opinions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </ChartSection>
      {s.historyAt && <p className="field__help">{t('practice.historyAt', { when: formatDateTime(locale, s.historyAt) })}</p>}
    </div>
  );
}

function formatMonth(locale: Locale, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
}

// A section of My practice: its title, its chart (drawn on a canvas) and, below it, the table that
// says the same figures in words and numbers (for screen readers, and to read exact values).
import type { ReactNode } from 'react';

interface Props {
  /** Names its title's id and its chart's test id (`practice-<name>-chart`). */
  name: string;
  title: string;
  chart: ReactNode;
  small?: boolean;
  /** What the chart shows, for a test to compare with the table. */
  rates?: string;
  children: ReactNode;
}

export function ChartSection({ name, title, chart, small = false, rates, children }: Props) {
  return (
    <section className="practice__chart" aria-labelledby={`practice-${name}-title`}>
      <h2 id={`practice-${name}-title`} className="view__subtitle">
        {title}
      </h2>
      <div className={small ? 'practice__canvas practice__canvas--small' : 'practice__canvas'} data-testid={`practice-${name}-chart`} data-rates={rates}>
        {chart}
      </div>
      {children}
    </section>
  );
}

/** A table's column headings. */
export function ColumnHeads({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

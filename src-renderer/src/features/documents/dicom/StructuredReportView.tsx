// A DICOM structured report, readable: its title, then each content item as "concept: value", the
// items of a container nested under it.
import { useTranslation } from 'react-i18next';
import type { SrItem } from '../../../../../contract';

function Items({ items }: { items: SrItem[] }) {
  return (
    <ul className="sr-items">
      {items.map((item, i) => (
        <li key={i}>
          {item.concept ? <span className="sr-items__concept">{item.concept}</span> : null}
          {item.concept && item.value ? ': ' : null}
          {item.value ? <span>{item.value}</span> : null}
          {item.children.length > 0 ? <Items items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function StructuredReportView({ title, items }: { title: string; items: SrItem[] }) {
  const { t } = useTranslation();
  return (
    <article className="structured-report" data-testid="structured-report">
      <p className="muted">{t('dicom.structuredReport')}</p>
      <h3>{title}</h3>
      {items.length > 0 ? <Items items={items} /> : <p className="muted">{t('dicom.emptyReport')}</p>}
    </article>
  );
}

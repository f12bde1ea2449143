// The inbox's tabs (stages of a case), search, order and due-date urgency, as pure functions of the case list.
import type { CaseSummary } from '../../../../contract';

export const INBOX_TABS = ['offered', 'in_review', 'submitted', 'closed'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

const TAB_OF: Record<CaseSummary['status'], InboxTab> = {
  offered: 'offered',
  accepted: 'in_review',
  waiting_for_patient: 'in_review',
  submitted: 'submitted',
  closed: 'closed',
  withdrawn: 'closed',
  reassigned: 'closed',
  declined: 'closed',
};

export function tabOf(summary: CaseSummary): InboxTab {
  return TAB_OF[summary.status];
}

/** Accents and case do not matter: "endometriose" finds "Endométriose". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function matchesSearch(summary: CaseSummary, familyLabel: string, query: string): boolean {
  const q = normalize(query.trim());
  if (!q) return true;
  return [summary.reference, summary.disease, summary.diseaseFamily, familyLabel].some((field) => normalize(field).includes(q));
}

const DAY_MS = 24 * 3600 * 1000;

/** How pressing a due date is: passed, within 24 hours, later; null without one. */
export function dueUrgency(dueAt: string | null, now = Date.now()): 'overdue' | 'soon' | 'later' | null {
  if (dueAt === null) return null;
  const left = Date.parse(dueAt) - now;
  return left < 0 ? 'overdue' : left <= DAY_MS ? 'soon' : 'later';
}

export const INBOX_ORDERS = ['due', 'received', 'reference'] as const;
export type InboxOrder = (typeof INBOX_ORDERS)[number];

/** The cases in the order chosen: soonest due first (none last), newest received first, or by reference. */
export function sortCases(cases: readonly CaseSummary[], order: InboxOrder): CaseSummary[] {
  const byReference = (a: CaseSummary, b: CaseSummary) => a.reference.localeCompare(b.reference);
  const due = (c: CaseSummary) => (c.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(c.dueAt));
  const compare: Record<InboxOrder, (a: CaseSummary, b: CaseSummary) => number> = {
    due: (a, b) => due(a) - due(b) || byReference(a, b),
    received: (a, b) => Date.parse(b.offeredAt) - Date.parse(a.offeredAt) || byReference(a, b),
    reference: byReference,
  };
  return [...cases].sort(compare[order]);
}

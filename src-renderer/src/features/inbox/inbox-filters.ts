// The inbox's tabs (stages of a case) and search, as pure functions of the case list.
import type { CaseSummary } from '../../../../src-preload/contract';

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
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function matchesSearch(summary: CaseSummary, familyLabel: string, query: string): boolean {
  const q = normalize(query.trim());
  if (!q) return true;
  return [summary.reference, summary.disease, summary.diseaseFamily, familyLabel].some((field) => normalize(field).includes(q));
}

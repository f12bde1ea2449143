// Review sessions grouped by the local day they started on, newest first, with each day's total.
import type { ReviewSession } from '../../../../contract';

export function sessionsByDay(sessions: ReviewSession[]): { day: string; total: number; sessions: ReviewSession[] }[] {
  const days = new Map<string, ReviewSession[]>();
  for (const s of sessions) {
    const start = new Date(s.startedAt);
    const key = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([day, list]) => ({ day, total: list.reduce((sum, s) => sum + s.countedSeconds, 0), sessions: list }));
}

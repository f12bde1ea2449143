// Answers from the renderer are checked against the form before they are stored: each names an
// item of the form and has that item's type (a choice one of its codes, a text within its length).
import type { ReportAnswers, ReportItem } from '../../../contract';
import { CoreError } from '../rpc/core-error';

export function validateAnswers(items: ReportItem[], answers: ReportAnswers): void {
  const byId = new Map<string, ReportItem>();
  const index = (list: ReportItem[]) => list.forEach((i) => (byId.set(i.linkId, i), index(i.item)));
  index(items);
  for (const [linkId, value] of Object.entries(answers)) {
    const item = byId.get(linkId);
    const fail = (why: string) => {
      throw new CoreError('INVALID_INPUT', `The report field "${linkId}" ${why}.`);
    };
    if (!item) fail('is not in this report');
    if (value === null || !item) continue;
    if (item.readOnly || item.type === 'group' || item.type === 'display') fail('cannot be answered');
    if (item.type === 'boolean' && typeof value !== 'boolean') fail('takes yes or no');
    if (item.type === 'decimal' && typeof value !== 'number') fail('takes a number');
    if (item.type === 'choice' && (typeof value !== 'string' || (value !== '' && !item.answerOption.some((o) => o.valueCoding.code === value))))
      fail('takes one of its options');
    if ((item.type === 'text' || item.type === 'string') && typeof value !== 'string') fail('takes text');
    if (typeof value === 'string' && item.maxLength !== null && value.length > item.maxLength) fail(`is limited to ${item.maxLength} characters`);
  }
}

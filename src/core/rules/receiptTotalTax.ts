// receipt.total-tax: a RECEIPT's totalTax is the sum of its items' tax, in kopecks.
import type { LogEntry } from '../model';
import { formatKopecks, toKopecks } from '../money';
import { isNumber, receiptData, sumOf } from './read';
import type { MessageRule, RuleContext } from './types';

export const receiptTotalTaxRule: MessageRule = { name: 'receiptTotalTax', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const data = receiptData(payload);
  if (!data || !isNumber(data.totalTax) || !Array.isArray(data.items)) return;
  const expected = sumOf(data.items, 'tax');
  const actual = toKopecks(data.totalTax);
  if (expected === undefined || expected === actual) return;
  context.problemAt(
    entry,
    ['body', 'data', 'totalTax'],
    'value',
    'receipt.total-tax',
    `body.data.totalTax is ${formatKopecks(actual)} but the items' tax adds up to ${formatKopecks(expected)} (Σ tax)`,
  );
}

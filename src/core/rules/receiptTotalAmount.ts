// receipt.total-amount: a RECEIPT's totalAmount is Σ items' sumPrice − totalDiscount, in kopecks.
import type { LogEntry } from '../model';
import { formatKopecks, toKopecks } from '../money';
import { isNumber, receiptData, sumOf } from './read';
import type { MessageRule, RuleContext } from './types';

export const receiptTotalAmountRule: MessageRule = { name: 'receiptTotalAmount', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const data = receiptData(payload);
  if (!data || !isNumber(data.totalAmount) || !isNumber(data.totalDiscount) || !Array.isArray(data.items)) return;
  const items = sumOf(data.items, 'sumPrice');
  if (items === undefined) return;
  const discount = toKopecks(data.totalDiscount);
  const expected = items - discount;
  const actual = toKopecks(data.totalAmount);
  if (expected === actual) return;
  const how = discount === 0 ? '(Σ sumPrice, totalDiscount 0)' : `(Σ sumPrice ${formatKopecks(items)} − totalDiscount ${formatKopecks(discount)})`;
  context.problemAt(
    entry,
    ['body', 'data', 'totalAmount'],
    'value',
    'receipt.total-amount',
    `body.data.totalAmount is ${formatKopecks(actual)} but the items come to ${formatKopecks(expected)} ${how}`,
  );
}

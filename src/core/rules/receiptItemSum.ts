// receipt.item-sum: each RECEIPT item's sumPrice is price × quantity − discount, in kopecks.
import type { LogEntry } from '../model';
import { formatKopecks, lineKopecks, toKopecks } from '../money';
import { formatPath } from './format';
import { isNumber, isObject, receiptData } from './read';
import type { MessageRule, RuleContext } from './types';

export const receiptItemSumRule: MessageRule = { name: 'receiptItemSum', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const items = receiptData(payload)?.items;
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isObject(item)) continue;
    const { price, quantity, discount, sumPrice } = item;
    if (!isNumber(price) || !isNumber(quantity) || !isNumber(discount) || !isNumber(sumPrice)) continue;
    const expected = lineKopecks(price, quantity) - toKopecks(discount);
    const actual = toKopecks(sumPrice);
    if (expected === actual) continue;
    const path = ['body', 'data', 'items', i, 'sumPrice'];
    context.problemAt(
      entry,
      path,
      'value',
      'receipt.item-sum',
      `${formatPath(path)} is ${formatKopecks(actual)} but price × quantity − discount is ${formatKopecks(expected)} (${price} × ${quantity} − ${discount})`,
    );
  }
}

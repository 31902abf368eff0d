// receipt.item-tax: each RECEIPT item's tax is the VAT inside its sumPrice:
// sumPrice × taxPercent / (100 + taxPercent), rounded half up to kopecks; taxPercent 0 → tax 0.
import type { LogEntry } from '../model';
import { formatKopecks, includedTaxKopecks, toKopecks } from '../money';
import { formatPath } from './format';
import { isNumber, isObject, receiptData } from './read';
import type { MessageRule, RuleContext } from './types';

export const receiptItemTaxRule: MessageRule = { name: 'receiptItemTax', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const items = receiptData(payload)?.items;
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isObject(item)) continue;
    const { tax, sumPrice, taxPercent } = item;
    if (!isNumber(tax) || !isNumber(sumPrice) || !isNumber(taxPercent) || taxPercent < 0) continue;
    const expected = includedTaxKopecks(sumPrice, taxPercent);
    const actual = toKopecks(tax);
    if (expected === actual) continue;
    const path = ['body', 'data', 'items', i, 'tax'];
    const formula =
      taxPercent === 0
        ? 'taxPercent is 0'
        : `sumPrice × ${taxPercent} / ${100 + taxPercent} (${formatKopecks(toKopecks(sumPrice))} with ${taxPercent}% VAT inside)`;
    context.problemAt(entry, path, 'value', 'receipt.item-tax', `${formatPath(path)} is ${formatKopecks(actual)} but should be ${formatKopecks(expected)}: ${formula}`);
  }
}

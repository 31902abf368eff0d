// bill.sum: a BILL answer's summ is the sum of its products' price × quantity, in kopecks.
import type { LogEntry } from '../model';
import { formatKopecks, lineKopecks, toKopecks } from '../money';
import { isNumber, isObject } from './read';
import type { MessageRule, RuleContext } from './types';

export const billSumRule: MessageRule = { name: 'billSum', kind: 'message', type: 'BILL', direction: 'response', check };

function check(entry: LogEntry, bill: unknown, context: RuleContext): void {
  if (!isObject(bill)) return;
  const { summ, products } = bill;
  if (!isNumber(summ) || !Array.isArray(products)) return;
  const expected = productsKopecks(products);
  if (expected === undefined || expected === toKopecks(summ)) return;
  context.problemAt(
    entry,
    ['summ'],
    'value',
    'bill.sum',
    `summ is ${formatKopecks(toKopecks(summ))} but the products add up to ${formatKopecks(expected)} (Σ price × quantity)`,
  );
}

/** Σ price × quantity in kopecks (each line rounded), or undefined when a line is not readable. */
function productsKopecks(products: readonly unknown[]): number | undefined {
  let sum = 0;
  for (let i = 0; i < products.length; i++) {
    const product = products[i];
    if (!isObject(product)) return undefined;
    const { price, quantity } = product;
    if (!isNumber(price) || !isNumber(quantity)) return undefined;
    sum += lineKopecks(price, quantity);
  }
  return sum;
}

// list.bill-mismatch: a LIST answer describes a bill the way its BILL answer does: same id, date, summ,
// number, and customername = customer.name trimmed. Compared with the shop's BILL answer of that bill
// nearest before the LIST (else the first after it); bills with no BILL answer in the log are skipped.
import type { LogEntry } from '../model';
import { formatKopecks, toKopecks } from '../money';
import { describeValue, formatPath, logTime } from './format';
import type { BillRef } from './logIndex';
import { isNumber, isObject, sameTrimmed, type JsonObject } from './read';
import type { JsonPath, MessageRule, RuleContext } from './types';

export const listBillMismatchRule: MessageRule = { name: 'listBillMismatch', kind: 'message', type: 'LIST', direction: 'response', check };

function check(entry: LogEntry, list: unknown, context: RuleContext): void {
  if (!Array.isArray(list)) return;
  const shop = entry.shop.text;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!isObject(item) || !isNumber(item.id) || !context.index.billsOf(shop, item.id)) continue;
    const ref = context.index.billNear(shop, item.id, context.index.position(entry.index));
    if (ref) compareWithBill(context, entry, i, item, ref);
  }
}

function compareWithBill(context: RuleContext, entry: LogEntry, i: number, item: JsonObject, ref: BillRef): void {
  const { bill } = ref;
  if (typeof item.date === 'string' && typeof bill.date === 'string' && item.date !== bill.date) {
    report(context, entry, i, item, ref, 'date', ['date'], describeValue(item.date), describeValue(bill.date));
  }
  if (isNumber(item.summ) && isNumber(bill.summ) && toKopecks(item.summ) !== toKopecks(bill.summ)) {
    report(context, entry, i, item, ref, 'summ', ['summ'], formatKopecks(toKopecks(item.summ)), formatKopecks(toKopecks(bill.summ)));
  }
  if (typeof item.number === 'string' && typeof bill.number === 'string' && item.number !== bill.number) {
    report(context, entry, i, item, ref, 'number', ['number'], describeValue(item.number), describeValue(bill.number));
  }
  // Compared trimmed on both sides: BILL names come with a trailing space.
  const name = isObject(bill.customer) ? bill.customer.name : undefined;
  if (typeof item.customername === 'string' && typeof name === 'string' && !sameTrimmed(item.customername, name)) {
    const expected = `customer.name ${describeValue(name)} (compared trimmed)`;
    report(context, entry, i, item, ref, 'customername', ['customer', 'name'], describeValue(item.customername), expected);
  }
}

function report(
  context: RuleContext,
  entry: LogEntry,
  i: number,
  item: JsonObject,
  ref: BillRef,
  field: string,
  billPath: JsonPath,
  actual: string,
  expected: string,
): void {
  const where = `the BILL answer of ${logTime(ref.entry, entry)}`;
  const message = `${formatPath([i, field])} is ${actual} but ${where} for bill ${String(item.id)} has ${expected}`;
  context.problemAt(entry, [i, field], 'value', 'list.bill-mismatch', message, [
    { span: context.spanAt(ref.entry, billPath, 'value'), message: `${formatPath(billPath)} in ${where}` },
  ]);
}

// receipt.bill-mismatch: a RECEIPT made for a bill seen in the log agrees with that bill (the shop's
// latest BILL answer for extras.billId before the receipt): number, date, customer name (trimmed),
// totalAmount = summ, and each item matches a product (id as text, price, quantity, VAT rate).
// Bills not in the log are not checked. When the register says it changed the content
// (extras.contentModified), items and amount may differ from the bill by design and are not compared.
import type { LogEntry } from '../model';
import { formatKopecks, toKopecks } from '../money';
import { describeValue, formatPath, logTime } from './format';
import type { BillRef } from './logIndex';
import { idKey, idText, isNumber, isObject, receiptData, sameId, sameTrimmed, taxratePercent, type JsonObject } from './read';
import type { JsonPath, MessageRule, RuleContext } from './types';

export const receiptBillMismatchRule: MessageRule = { name: 'receiptBillMismatch', kind: 'message', type: 'RECEIPT', direction: 'request', check };

function check(entry: LogEntry, payload: unknown, context: RuleContext): void {
  const data = receiptData(payload);
  const extras = data?.extras;
  if (!data || !isObject(extras)) return;
  const billId = idKey(extras.billId);
  if (billId === undefined || !context.index.billsOf(entry.shop.text, billId)) return;
  const ref = context.index.billBefore(entry.shop.text, billId, context.index.position(entry.index));
  if (ref) new ReceiptCheck(context, entry, data, extras, ref).run();
}

const extrasPath = ['body', 'data', 'extras'] as const;

class ReceiptCheck {
  constructor(
    private readonly context: RuleContext,
    private readonly entry: LogEntry,
    private readonly data: JsonObject,
    private readonly extras: JsonObject,
    private readonly ref: BillRef,
  ) {}

  run(): void {
    const { bill } = this.ref;
    const { extras } = this;
    if (typeof extras.number === 'string' && typeof bill.number === 'string' && extras.number !== bill.number) {
      this.report([...extrasPath, 'number'], ['number'], describeValue(extras.number), describeValue(bill.number));
    }
    if (typeof extras.date === 'string' && typeof bill.date === 'string' && extras.date !== bill.date) {
      this.report([...extrasPath, 'date'], ['date'], describeValue(extras.date), describeValue(bill.date));
    }
    const name = isObject(extras.customer) ? extras.customer.name : undefined;
    const billName = isObject(bill.customer) ? bill.customer.name : undefined;
    if (typeof name === 'string' && typeof billName === 'string' && !sameTrimmed(name, billName)) {
      this.report([...extrasPath, 'customer', 'name'], ['customer', 'name'], describeValue(name), `${describeValue(billName)} (compared trimmed)`);
    }
    if (extras.contentModified === true) return;
    this.checkAmount();
    this.checkItems();
  }

  private checkAmount(): void {
    const { totalAmount } = this.data;
    const { summ } = this.ref.bill;
    if (!isNumber(totalAmount) || !isNumber(summ) || toKopecks(totalAmount) === toKopecks(summ)) return;
    const discount = isNumber(this.data.totalDiscount) ? toKopecks(this.data.totalDiscount) : 0;
    const note = discount !== 0 ? ` (the receipt has totalDiscount ${formatKopecks(discount)})` : '';
    this.report(['body', 'data', 'totalAmount'], ['summ'], formatKopecks(toKopecks(totalAmount)), `${formatKopecks(toKopecks(summ))}${note}`);
  }

  private checkItems(): void {
    const { items } = this.data;
    const { products } = this.ref.bill;
    if (!Array.isArray(items) || !Array.isArray(products)) return;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (!isObject(item) || typeof item.id !== 'string') continue;
      const p = findProduct(products, item.id);
      if (p < 0) {
        this.reportUnknownItem(i, item.id, products);
        continue;
      }
      const product = products[p] as JsonObject;
      if (isNumber(item.price) && isNumber(product.price) && toKopecks(item.price) !== toKopecks(product.price)) {
        this.reportItem(i, 'price', p, 'price', formatKopecks(toKopecks(item.price)), formatKopecks(toKopecks(product.price)));
      }
      if (isNumber(item.quantity) && isNumber(product.quantity) && Math.abs(item.quantity - product.quantity) > 1e-9) {
        this.reportItem(i, 'quantity', p, 'quantity', String(item.quantity), String(product.quantity));
      }
      const percent = taxratePercent(product.taxrate);
      if (isNumber(item.taxPercent) && percent !== undefined && item.taxPercent !== percent) {
        this.reportItem(i, 'taxPercent', p, 'taxrate', String(item.taxPercent), `taxrate ${describeValue(product.taxrate)}`);
      }
    }
  }

  private reportItem(i: number, field: string, p: number, productField: string, actual: string, expected: string): void {
    this.report(['body', 'data', 'items', i, field], ['products', p, productField], actual, expected);
  }

  private reportUnknownItem(i: number, id: string, products: readonly unknown[]): void {
    const ids = products.map((product) => (isObject(product) ? idText(product.id) : undefined)).filter((x) => x !== undefined);
    const path = ['body', 'data', 'items', i, 'id'];
    const where = this.where();
    this.context.problemAt(
      this.entry,
      path,
      'value',
      'receipt.bill-mismatch',
      `${formatPath(path)} is ${describeValue(id)} but bill ${this.billId()} (${where}) has no such product (its products: ${ids.join(', ') || 'none'})`,
      [{ span: this.context.spanAt(this.ref.entry, ['products'], 'key'), message: `products in ${where}` }],
    );
  }

  private report(path: JsonPath, billPath: JsonPath, actual: string, expected: string): void {
    const where = this.where();
    const billField = formatPath(billPath);
    this.context.problemAt(
      this.entry,
      path,
      'value',
      'receipt.bill-mismatch',
      `${formatPath(path)} is ${actual} but bill ${this.billId()} (${where}) has ${billField} ${expected}`,
      [{ span: this.context.spanAt(this.ref.entry, billPath, 'value'), message: `${billField} in ${where}` }],
    );
  }

  private where(): string {
    return `the BILL answer of ${logTime(this.ref.entry, this.entry)}`;
  }

  private billId(): string {
    return idText(this.extras.billId) ?? '?';
  }
}

/** Index of the bill product with this id (as text), or -1. */
function findProduct(products: readonly unknown[], id: string): number {
  for (let p = 0; p < products.length; p++) {
    const product = products[p];
    if (isObject(product) && sameId(id, product.id)) return p;
  }
  return -1;
}

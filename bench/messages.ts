// Payloads of the synthetic log. Money is kept in integer kopecks and only turned into roubles when a
// payload is written, so every invariant of protocol.md holds exactly (sums, VAT round half up).
import type { CatalogItem, Customer, Shop } from './fakeData';
import { taxPercentOf } from './fakeData';
import type { Random } from './prng';

export interface BillLine {
  /** Integer product id, or the delivery line's UUID. */
  readonly id: number | string;
  readonly type?: string;
  readonly priceKopecks: number;
  readonly taxrate: string;
  readonly itemType: 1 | 3;
  readonly prodname: string;
  readonly quantity: number;
  readonly unitname: string;
}

export interface Bill {
  readonly id: number;
  /** Shop-local time, `YYYY-MM-DD HH:MM:SS`. */
  readonly date: string;
  readonly number: string;
  readonly customer: Customer;
  readonly lines: readonly BillLine[];
  readonly summKopecks: number;
  readonly prepaymentEnable: boolean;
}

const rub = (kopecks: number): number => kopecks / 100;

/** `YYYY-MM-DD HH:MM:SS` of an epoch time shifted by `hours` (Moscow is UTC+3). */
export function clockText(epochMs: number, hours: number): string {
  return new Date(epochMs + hours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function moscowText(epochMs: number): string {
  return clockText(epochMs, 3);
}

function lineOf(random: Random, item: CatalogItem): BillLine {
  const quantity = item.weighed ? random.int(24, 2500) : random.chance(0.7) ? 1 : random.int(2, 12);
  return { id: item.id, type: item.type, priceKopecks: item.priceKopecks, taxrate: item.taxrate, itemType: 1, prodname: item.name, quantity, unitname: item.unitname };
}

function deliveryLine(random: Random): BillLine {
  return {
    id: random.uuid(),
    priceKopecks: random.pick([0, 25000, 35000, 49000, 99000, 15050]),
    taxrate: random.pick(['22%', 'Без НДС']),
    itemType: 3,
    prodname: random.pick(['Доставка', 'Доставка курьером', 'Доставка до двери']),
    quantity: 1,
    unitname: random.pick(['Услуга', 'шт']),
  };
}

export function makeBill(random: Random, shop: Shop, id: number, createdMs: number): Bill {
  const lines: BillLine[] = [];
  const picked = new Set<number>();
  for (let n = random.int(1, 6); n > 0; n--) {
    const item = random.pick(shop.catalog);
    if (picked.has(item.id)) continue;
    picked.add(item.id);
    lines.push(lineOf(random, item));
  }
  if (random.chance(0.4)) lines.push(deliveryLine(random));
  const summKopecks = lines.reduce((sum, line) => sum + line.priceKopecks * line.quantity, 0);
  return {
    id,
    date: clockText(createdMs, 3 + shop.tzHours),
    number: shop.numberStyle(id),
    customer: random.pick(shop.customers),
    lines,
    summKopecks,
    prepaymentEnable: random.chance(0.8),
  };
}

const vary = { vary: ['Accept'] };

export function getRequest(get: Record<string, string>): object {
  return { get, body: null, post: [], headers: vary };
}

export const helloRequest = (): object => getRequest({ q: '/api/v2/hello' });

export const helloResponse = (shop: Shop): object => ({ system: shop.system, protocol: '0.1.0' });

export const billRequest = (bill: Bill): object => getRequest({ q: `/api/v2/bill/byid/${bill.id}`, id: String(bill.id) });

/** LIST entries, sorted by date then id, newest first. */
export function listResponse(bills: readonly Bill[]): object[] {
  const sorted = [...bills].sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
  return sorted.map((bill) => ({ id: bill.id, date: bill.date, summ: rub(bill.summKopecks), number: bill.number, customername: bill.customer.name.trim() }));
}

function billCustomer(customer: Customer, withId: boolean): object {
  const fields = { inn: customer.inn, kpp: customer.kpp, reg: '', name: customer.name, okpo: '', fullname: customer.name, legalentity: customer.legalentity };
  return withId ? { id: customer.id, ...fields } : fields;
}

export function billResponse(bill: Bill): object {
  const products = bill.lines.map((line) => ({
    id: line.id,
    ...(line.type !== undefined ? { type: line.type } : {}),
    price: rub(line.priceKopecks),
    taxrate: line.taxrate,
    itemType: line.itemType,
    prodname: line.prodname,
    quantity: line.quantity,
    unitname: line.unitname,
  }));
  return {
    id: bill.id,
    date: bill.date,
    summ: rub(bill.summKopecks),
    number: bill.number,
    customer: billCustomer(bill.customer, true),
    products,
    prepayment: 0,
    prepaymentEnable: bill.prepaymentEnable,
  };
}

/** VAT inside an amount, in kopecks, rounded half up: amount × p / (100 + p), exactly in integers. */
export function includedTax(amountKopecks: number, percent: number): number {
  if (percent === 0) return 0;
  return Math.floor((2 * amountKopecks * percent + (100 + percent)) / (2 * (100 + percent)));
}

/** The RECEIPT request paying a bill in full: `body` and `post` are the same event. */
export function receiptRequest(random: Random, shop: Shop, bill: Bill, loggedMs: number): object {
  let totalTax = 0;
  const items = bill.lines.map((line) => {
    const sumKopecks = line.priceKopecks * line.quantity;
    const taxPercent = taxPercentOf(line.taxrate);
    const tax = includedTax(sumKopecks, taxPercent);
    totalTax += tax;
    return {
      id: String(line.id),
      tax: rub(tax),
      name: line.prodname,
      price: rub(line.priceKopecks),
      discount: 0,
      itemType: line.type ?? 'NORMAL',
      quantity: line.quantity,
      sumPrice: rub(sumKopecks),
      costPrice: 0,
      taxPercent,
      measureName: line.unitname,
    };
  });
  const extras = {
    date: bill.date,
    billId: String(bill.id),
    number: bill.number,
    customer: billCustomer(bill.customer, false),
    prepayment: 0,
    contentModified: false,
    settlementMethod: 'FullSettlement',
    ...(random.chance(0.3) ? { payments: [{ sum: rub(bill.summKopecks), type: 2, payed: true, method: 'card' }] } : {}),
  };
  const body = {
    id: random.uuid(),
    data: {
      id: random.uuid(),
      type: 'SELL',
      items,
      extras,
      shiftId: String(shop.shift),
      storeId: shop.storeId,
      dateTime: new Date(Math.floor(loggedMs / 1000) * 1000 - random.int(0, 40) * 1000).toISOString(),
      deviceId: shop.deviceId,
      totalTax: rub(totalTax),
      infoCheck: false,
      employeeId: shop.employeeId,
      totalAmount: rub(bill.summKopecks),
      paymentSource: shop.paymentSource,
      totalDiscount: 0,
    },
    type: 'ReceiptCreated',
    userId: shop.userId,
    version: 2,
    // Created by the cloud within the second the service logged the request in.
    timestamp: loggedMs + random.int(0, 999),
  };
  return { get: { q: '/api/v2/receipts' }, body, post: body, headers: vary };
}

/**
 * The payload as the export writes it: keys in the database's order (shorter first, then by code
 * point), pretty-printed one token per line without indentation.
 */
export function payloadText(value: unknown): string {
  return JSON.stringify(canonical(value), null, '\t').replace(/\n\t+/g, '\n');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = canonical(source[key]);
  return out;
}

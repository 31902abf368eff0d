// What a payload value means in plain words, for hovers: money as an amount, epoch milliseconds and
// ISO times in Moscow and UTC time, the VAT a line is expected to carry.
import { formatKopecks, includedTaxKopecks, toKopecks } from '../money';
import { numberAt, valueAt } from '../values';

export type JsonPath = readonly (string | number)[];

const moneyKeys = new Set(['summ', 'price', 'sumPrice', 'tax', 'totalTax', 'totalAmount', 'totalDiscount', 'discount', 'prepayment', 'costPrice', 'sum']);
const moscowOffsetMs = 3 * 3600_000;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatUtcParts(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** `2025-12-13 19:07:39.371 MSK (16:07:39.371 UTC)`. */
export function formatInstant(ms: number): string {
  const millis = ms % 1000 === 0 ? '' : `.${String(Math.abs(ms % 1000)).padStart(3, '0')}`;
  const moscow = formatUtcParts(new Date(ms + moscowOffsetMs));
  const utc = formatUtcParts(new Date(ms));
  return `${moscow}${millis} Moscow time (${utc}${millis} UTC)`;
}

function keyOf(path: JsonPath): string | number | undefined {
  return path[path.length - 1];
}

/** The enclosing object of the value at `path`. */
function parentOf(root: unknown, path: JsonPath): unknown {
  return valueAt(root, path.slice(0, -1));
}

export function decodeValue(root: unknown, path: JsonPath): string[] {
  const key = keyOf(path);
  const value = valueAt(root, path);
  const lines: string[] = [];
  if (typeof key !== 'string') return lines;
  if (typeof value === 'number' && moneyKeys.has(key)) lines.push(`${formatKopecks(toKopecks(value))} ₽`);
  if (key === 'timestamp' && typeof value === 'number' && value > 1e11) lines.push(formatInstant(value));
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) lines.push(formatInstant(ms));
  }
  if (key === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) {
    lines.push('Shop local time (may be several hours ahead of Moscow time)');
  }
  lines.push(...lineFacts(root, path));
  return lines;
}

/** For a receipt item or a bill product: the line total and the VAT it is expected to carry. */
function lineFacts(root: unknown, path: JsonPath): string[] {
  const line = parentOf(root, path);
  const price = numberAt(line, ['price']);
  const quantity = numberAt(line, ['quantity']);
  if (price === undefined || quantity === undefined) return [];
  const discount = numberAt(line, ['discount']) ?? 0;
  const totalKopecks = toKopecks(price * quantity - discount);
  const facts = [`Line: ${formatKopecks(toKopecks(price))} × ${quantity}${discount ? ` − ${formatKopecks(toKopecks(discount))}` : ''} = ${formatKopecks(totalKopecks)} ₽`];
  const percent = numberAt(line, ['taxPercent']) ?? taxRatePercent(valueAt(line, ['taxrate']));
  if (percent !== undefined) {
    const sumPrice = numberAt(line, ['sumPrice']) ?? totalKopecks / 100;
    facts.push(`Expected VAT: ${formatKopecks(includedTaxKopecks(sumPrice, percent))} ₽ (${percent}% included in ${formatKopecks(toKopecks(sumPrice))} ₽)`);
  }
  return facts;
}

function taxRatePercent(taxrate: unknown): number | undefined {
  if (taxrate === 'Без НДС') return 0;
  const match = typeof taxrate === 'string' ? /^(\d+(?:\.\d+)?)%$/.exec(taxrate) : null;
  return match ? Number(match[1]) : undefined;
}

// Shape checks for untrusted payload values. A value of the wrong type makes a rule skip silently:
// the schemas report it.
import { toKopecks } from '../money';
import { isObject, type JsonObject } from '../values';

export { isObject, type JsonObject };

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A bill or product id as text: numbers in BILL, strings in RECEIPT. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isNumber(value) ? String(value) : undefined;
}

/**
 * A bill or product id as a map key: canonical digit strings and integers meet as the same number
 * (`"3192"` in a RECEIPT is `3192` in a BILL); other strings stay strings. Allocates nothing.
 */
export function idKey(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const digits = digitValue(value);
  return digits === undefined ? value : digits;
}

/** Whether an id read as text (a RECEIPT's) names the same thing as an id of a BILL (number or text). */
export function sameId(text: string, id: unknown): boolean {
  if (typeof id === 'string') return id === text;
  if (!isNumber(id)) return false;
  const digits = digitValue(text);
  return digits !== undefined ? digits === id : String(id) === text;
}

/** The value of a canonical non-negative integer string (`"0"`, `"3192"`; not `"03"`), else undefined. */
function digitValue(text: string): number | undefined {
  const length = text.length;
  if (length === 0 || length > 15 || (length > 1 && text.charCodeAt(0) === 0x30)) return undefined;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** `body.data` of a RECEIPT request, when the request has that shape. */
export function receiptData(request: unknown): JsonObject | undefined {
  if (!isObject(request)) return undefined;
  const body = request.body;
  if (!isObject(body)) return undefined;
  const data = body.data;
  return isObject(data) ? data : undefined;
}

const noVat = 'Без НДС';

/** VAT percent of a bill product's `taxrate`: `"5%"` → 5, `"Без НДС"` → 0, anything else undefined. */
export function taxratePercent(taxrate: unknown): number | undefined {
  if (typeof taxrate !== 'string') return undefined;
  if (taxrate === noVat) return 0;
  const last = taxrate.length - 1;
  if (last < 1 || taxrate.charCodeAt(last) !== 0x25 /* % */) return undefined;
  let percent = 0;
  for (let i = 0; i < last; i++) {
    const digit = taxrate.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    percent = percent * 10 + digit;
  }
  return percent;
}

/** Whether two texts are equal once leading and trailing white space is cut (no substring is made). */
export function sameTrimmed(a: string, b: string): boolean {
  let aStart = 0;
  let aEnd = a.length;
  while (aStart < aEnd && isWhiteSpace(a.charCodeAt(aStart))) aStart++;
  while (aEnd > aStart && isWhiteSpace(a.charCodeAt(aEnd - 1))) aEnd--;
  let bStart = 0;
  let bEnd = b.length;
  while (bStart < bEnd && isWhiteSpace(b.charCodeAt(bStart))) bStart++;
  while (bEnd > bStart && isWhiteSpace(b.charCodeAt(bEnd - 1))) bEnd--;
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/** What `String.prototype.trim` cuts. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Σ of one money field over the items in kopecks (each rounded), or undefined when one is unreadable. */
export function sumOf(items: readonly unknown[], field: 'tax' | 'sumPrice'): number | undefined {
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isObject(item)) return undefined;
    const value = item[field];
    if (!isNumber(value)) return undefined;
    sum += toKopecks(value);
  }
  return sum;
}

// Money in the protocol is roubles as JSON numbers (binary floating point). It is compared in kopecks:
// rounded half up (away from zero) to 2 decimals, then compared as integers. Plain arithmetic only, so
// the rules can check millions of lines without allocating.

/**
 * Products and quotients of decimal amounts land a few ulps off the exact value (1.005 is stored as
 * 1.00499999999999989…, 18.88 × 24 gives 453.11999999999995). Nudging by a relative 1e-12 (plus an
 * absolute 1e-9 near zero) undoes that noise and stays far below half a kopeck for any realistic amount.
 */
const relativeNoise = 1e-12;
const absoluteNoise = 1e-9;

/** Whole kopecks of a rouble amount, rounded half up; NaN for a non-finite value. */
export function toKopecks(value: number): number {
  if (!Number.isFinite(value)) return Number.NaN;
  const cents = value * 100;
  const magnitude = cents < 0 ? -cents : cents;
  const rounded = Math.floor(magnitude + 0.5 + magnitude * relativeNoise + absoluteNoise);
  if (rounded === 0) return 0;
  return cents < 0 ? -rounded : rounded;
}

/** Whether two amounts are the same number of kopecks. */
export function sameMoney(a: number, b: number): boolean {
  return toKopecks(a) === toKopecks(b);
}

/** Kopecks of `price × quantity` (one line of a bill or a receipt). */
export function lineKopecks(price: number, quantity: number): number {
  return toKopecks(price * quantity);
}

/** Kopecks of the VAT inside an amount that includes it: `amount × percent / (100 + percent)`. */
export function includedTaxKopecks(amount: number, percent: number): number {
  if (percent === 0) return 0;
  return toKopecks((amount * percent) / (100 + percent));
}

/** `41 790.00`: kopecks as roubles with two decimals and digit groups separated by spaces. */
export function formatKopecks(kopecks: number): string {
  if (!Number.isFinite(kopecks)) return String(kopecks);
  const negative = kopecks < 0;
  const magnitude = Math.abs(Math.round(kopecks));
  const roubles = Math.floor(magnitude / 100);
  const cents = magnitude % 100;
  const grouped = String(roubles).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${grouped}.${cents < 10 ? '0' : ''}${cents}`;
}

/** A rouble amount as `41 790.00` (rounded half up to kopecks). */
export function formatMoney(value: number): string {
  return formatKopecks(toKopecks(value));
}

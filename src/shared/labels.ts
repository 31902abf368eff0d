// Human labels for shops, sessions and exchanges, shared by the Outline (server) and the tree (client).
import type { ExchangeFacts } from '../core/sessions/model';

export type Locale = 'en' | 'ru';

const words = {
  en: { bills: (n: number) => (n === 1 ? '1 bill' : `${n} bills`), shop: 'shop', request: 'Request', response: 'Response', exchanges: (n: number) => (n === 1 ? '1 exchange' : `${n} exchanges`) },
  ru: { bills: (n: number) => `счетов: ${n}`, shop: 'магазин', request: 'Запрос', response: 'Ответ', exchanges: (n: number) => `обменов: ${n}` },
} as const;

export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** `41 800` or `4 543.50`: roubles with thin grouping, kopecks only when present. */
export function formatMoney(amount: number): string {
  const fixed = Number.isInteger(amount) ? amount.toFixed(0) : amount.toFixed(2);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Log times have second precision: 0 means "within the same second". */
export function formatDuration(ms: number): string {
  if (ms === 0) return '<1 s';
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${seconds % 60} s`;
}

/** The key facts of an exchange in one line: `M3192 · 41 800 · Пётр Тестов`, `3 bills`, `demo-market`. */
export function factsLabel(type: string, facts: ExchangeFacts, locale: Locale): string {
  const parts: string[] = [];
  if (type === 'LIST') {
    if (facts.query) parts.push(facts.query);
    if (facts.billCount !== undefined) parts.push(words[locale].bills(facts.billCount));
  } else if (type === 'HELLO') {
    if (facts.system) parts.push(facts.system);
  } else {
    const bill = facts.billNumber ?? facts.billId;
    if (bill) parts.push(bill);
    if (facts.amount !== undefined) parts.push(formatMoney(facts.amount));
    if (facts.customer) parts.push(facts.customer);
  }
  return parts.join(' · ');
}

export function exchangeLabel(type: string, facts: ExchangeFacts, locale: Locale): string {
  const details = factsLabel(type, facts, locale);
  return details ? `${type} ${details}` : type;
}

export function shopLabel(id: string, systemName: string | undefined, locale: Locale): string {
  return systemName ? `${words[locale].shop} ${id} · ${systemName}` : `${words[locale].shop} ${id}`;
}

/** `19:06:36–19:07:40` (same day) or the full times when the session spans days. */
export function sessionLabel(startText: string, endText: string): string {
  const [startDay, startTime] = startText.split(' ');
  const [endDay, endTime] = endText.split(' ');
  if (!startTime || !endTime) return startText || endText;
  if (startText === endText) return `${startDay} ${startTime}`;
  return startDay === endDay ? `${startDay} ${startTime}–${endTime}` : `${startText} – ${endText}`;
}

export function directionLabel(direction: 'request' | 'response', locale: Locale): string {
  return direction === 'request' ? words[locale].request : words[locale].response;
}

export function exchangeCountLabel(count: number, locale: Locale): string {
  return words[locale].exchanges(count);
}

// How values appear in messages: short, and always saying what was actually there.
import { cutText } from '../text/cut';

const maxShown = 60;

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > maxShown ? `${cutText(text, maxShown - 1)}…` : text;
}

/** For type errors: the type and, for scalars, the value: `string "41800.00"`, `null`, `object`. */
export function describeTyped(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'array' : 'object';
  const type = typeof value === 'number' ? 'number' : typeof value;
  return `${type} ${shortJson(value)}`;
}

/** The value itself: `"18 %"`, `-1`; containers by their type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return shortJson(value);
}

/** `"SELL", "PAYBACK" or "BUY"`, cut after `limit` values. */
export function listValues(values: readonly unknown[], limit = 8, conjunction = 'or'): string {
  const shown = values.slice(0, limit).map((value) => (typeof value === 'string' ? value : shortJson(value)));
  if (values.length > limit) return `${shown.join(', ')} ${conjunction === 'or' ? 'and' : conjunction} ${values.length - limit} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

export function quotedList(values: readonly unknown[], limit = 8): string {
  return listValues(values.map((value) => shortJson(value)), limit);
}

// Log times: `YYYY-MM-DD HH:MM:SS`, Moscow time (UTC+3 all year round, no daylight saving).
import { Char, isDigit, isSpaceOrTab } from '../text/chars';

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** Whether `YYYY-` begins at `offset`: the cheap test that tells a row's first line from JSON lines. */
export function startsWithYear(text: string, offset: number): boolean {
  return readDigits(text, offset, 4) >= 0 && text.charCodeAt(offset + 4) === Char.Minus;
}

/** UTC epoch ms of the Moscow time that occupies exactly [start, end); NaN when it is not one. */
export function readMoscowTime(text: string, start: number, end: number): number {
  const year = readDigits(text, start, 4);
  const month = readDigits(text, start + 5, 2);
  const day = readDigits(text, start + 8, 2);
  if (text.charCodeAt(start + 4) !== Char.Minus || text.charCodeAt(start + 7) !== Char.Minus) return NaN;

  let p = start + 10;
  if (text.charCodeAt(p) === Char.UpperT) p++;
  else while (p < end && isSpaceOrTab(text.charCodeAt(p))) p++;
  if (p === start + 10 || p + 8 !== end) return NaN;

  const hour = readDigits(text, p, 2);
  const minute = readDigits(text, p + 3, 2);
  const second = readDigits(text, p + 6, 2);
  if (text.charCodeAt(p + 2) !== Char.Colon || text.charCodeAt(p + 5) !== Char.Colon) return NaN;
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || Math.min(hour, minute, second) < 0) {
    return NaN;
  }
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 - MOSCOW_OFFSET_MS;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days from 1970-01-01 to a valid proleptic Gregorian date: `Date.UTC`'s arithmetic without its call
 * (H. Hinnant's days_from_civil; years here are ≥ 1000, so every division is of a non-negative number).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by exactly `count` digits at `offset`, or -1. */
function readDigits(text: string, offset: number, count: number): number {
  let value = 0;
  for (let i = offset; i < offset + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - Char.Zero);
  }
  return value;
}

// Words for rule messages. Called only when a problem is reported, never on the valid path.
import type { LogEntry } from '../model';
import { formatPath as formatJsonPath } from '../schema/jsonLocation';
import type { JsonPath } from './types';
import { cutText } from '../text/cut';

/** `body.data.items[0].sumPrice`. */
export function formatPath(path: JsonPath): string {
  return formatJsonPath(path);
}

/** `11 s`, `2 min 5 s`, `1 h 3 min`; sub-second amounts as `0.4 s`. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  const abs = Math.abs(ms);
  let text: string;
  if (abs < 1000 && abs > 0) text = `${(abs / 1000).toFixed(1)} s`;
  else {
    const seconds = Math.round(abs / 1000);
    if (seconds < 60) text = `${seconds} s`;
    else if (seconds < 3600) text = `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`;
    else {
      const minutes = Math.round(seconds / 60);
      text = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
    }
  }
  return negative ? `-${text}` : text;
}

/** The log time of an entry as written, `HH:MM:SS` when it is on the same day as `sameDayAs`. */
export function logTime(entry: LogEntry, sameDayAs?: LogEntry): string {
  const text = entry.time.text;
  if (sameDayAs && text.length > 11 && sameDayAs.time.text.slice(0, 10) === text.slice(0, 10)) return text.slice(11);
  return text;
}

const moscowOffsetMs = 3 * 60 * 60 * 1000;

/** Epoch milliseconds as Moscow time, `2025-12-13 18:56:03.399`, like the log's time column. */
export function moscowTime(epochMs: number): string {
  const date = new Date(epochMs + moscowOffsetMs);
  if (Number.isNaN(date.getTime())) return String(epochMs);
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** `2a7b9c01…`: the start of a UUID, enough to tell events apart in a message. */
export function shortId(id: string): string {
  return id.length > 9 ? `${cutText(id, 8)}…` : id;
}

/** A JSON value in a message: numbers and short strings as JSON, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0 ? '{}' : 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${cutText(text, 57)}…"` : text;
}

// Entries as plain objects, to compare an incremental parse (whose moved entries are MovedEntry
// instances) with a fresh one field by field.
import type { LogEntry, ParsedLog } from '../../../src/core/model';

export function plainEntry(entry: LogEntry): LogEntry {
  const { time, payload } = entry;
  return {
    index: entry.index,
    span: { ...entry.span },
    time: { text: time.text, span: { ...time.span }, epochMs: time.epochMs },
    shop: { text: entry.shop.text, span: { ...entry.shop.span } },
    event: { text: entry.event.text, span: { ...entry.event.span } },
    direction: entry.direction,
    type: { text: entry.type.text, span: { ...entry.type.span } },
    payload:
      payload.json === undefined
        ? { span: { ...payload.span }, status: payload.status, jsonOffset: payload.jsonOffset }
        : { span: { ...payload.span }, status: payload.status, jsonOffset: payload.jsonOffset, json: payload.json },
  };
}

export function plainEntries(entries: readonly LogEntry[]): LogEntry[] {
  return entries.map(plainEntry);
}

export function plainParse(parsed: ParsedLog): ParsedLog {
  return { form: parsed.form, order: parsed.order, entries: plainEntries(parsed.entries), problems: parsed.problems };
}

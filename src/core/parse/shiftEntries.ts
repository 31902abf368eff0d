// Entries and problems after an edit move by the edit's length; their JSON stays the same object.
// Plain object literals of one shape each: this runs for every entry after the edit.
import type { LogEntry, Payload, Problem, Span, TextCell } from '../model';

export function shiftEntry(entry: LogEntry, delta: number, index: number): LogEntry {
  if (delta === 0 && index === entry.index) return entry;
  const time = entry.time;
  return {
    index,
    span: shift(entry.span, delta),
    time: { text: time.text, span: shift(time.span, delta), epochMs: time.epochMs },
    shop: shiftCell(entry.shop, delta),
    event: shiftCell(entry.event, delta),
    direction: entry.direction,
    type: shiftCell(entry.type, delta),
    payload: shiftPayload(entry.payload, delta),
  };
}

export function shiftProblem(problem: Problem, delta: number, indexDelta: number): Problem {
  if (delta === 0 && indexDelta === 0) return problem;
  const shifted = { ...problem, span: shift(problem.span, delta) };
  return problem.entry === undefined ? shifted : { ...shifted, entry: problem.entry + indexDelta };
}

function shift(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftCell(cell: TextCell, delta: number): TextCell {
  return { text: cell.text, span: shift(cell.span, delta) };
}

function shiftPayload(payload: Payload, delta: number): Payload {
  const span = shift(payload.span, delta);
  const jsonOffset = payload.jsonOffset + delta;
  // No `json` key at all when there is none, as the parser makes them.
  return payload.json === undefined
    ? { span, status: payload.status, jsonOffset }
    : { span, status: payload.status, jsonOffset, json: payload.json };
}

import type { Problem, Span } from '../model';
import { parseCodes, type ParseCode } from './codes';
import { cutText } from '../text/cut';

export function parseProblem(code: ParseCode, span: Span, message: string, entry?: number): Problem {
  const problem = { code, severity: parseCodes[code].severity, message, span };
  return entry === undefined ? problem : { ...problem, entry };
}

/** A short quotation of the text for messages: the start of its first line. */
export function quote(text: string, start: number, end: number, max = 40): string {
  const shown = cutText(text.slice(start, end), max).split(/\r?\n|\r/)[0]!;
  return `"${shown}${shown.length < end - start ? '…' : ''}"`;
}

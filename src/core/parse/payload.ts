// The payload cell: JSON (parsed with the fast native parser), empty, or something else with a problem
// that says what and where.
import { ParsedJson } from '../json/parsedJson';
import type { JsonText, Payload, Problem, Span } from '../model';
import { spanOf } from '../model';
import { Char, skipBlanks, trimBlanksEnd } from '../text/chars';
import type { Slicer } from '../text/ownedString';
import { diagnoseJson } from './jsonFault';
import { htmlTitle, jsonCandidates, looksLikeHtmlPage, startsJsonValue } from './payloadText';
import { parseProblem, quote } from './problems';

export function readPayload(text: string, cell: Span, entry: number, problems: Problem[], slice: Slicer): Payload {
  const start = skipBlanks(text, cell.start, cell.end);
  const end = trimBlanksEnd(text, start, cell.end);
  // The common case first: the cell is a JSON object or array, and valid.
  const first = text.charCodeAt(start);
  if ((first === Char.OpenBrace || first === Char.OpenBracket) && start < end) {
    const json = parseJson(slice(text, start, end));
    if (json) return jsonPayload(spanOf(start, end), start, json);
  }
  let from = start;
  if (first === Char.ByteOrderMark && from < end) {
    problems.push(parseProblem('payload.bom', spanOf(from, from + 1), 'A byte order mark precedes the JSON.', entry));
    from = skipBlanks(text, from + 1, end);
  }
  if (from === end) return { span: spanOf(cell.start, cell.start), status: 'empty', jsonOffset: cell.start };
  return readContent(text, spanOf(start, end), from, entry, problems, slice);
}

function readContent(text: string, span: Span, from: number, entry: number, problems: Problem[], slice: Slicer): Payload {
  const end = span.end;
  const startsJson = startsJsonValue(text.charCodeAt(from));
  // (A `{` or `[` right at the start that parses was taken by readPayload; a BOM before one was not.)
  const direct = startsJson && (from !== span.start || !isBracket(text.charCodeAt(from))) ? parseJson(slice(text, from, end)) : undefined;
  if (direct) return jsonPayload(span, from, direct);
  const fault = startsJson ? diagnoseJson(text.slice(from, end)) : undefined;
  if (fault?.kind === 'trailing') {
    const jsonEnd = trimBlanksEnd(text, from, from + fault.start);
    const json = parseJson(slice(text, from, jsonEnd));
    if (json) {
      problems.push(parseProblem('payload.trailing-text', spanOf(from + fault.start, end), fault.message, entry));
      return jsonPayload(span, from, json);
    }
  }

  // A `{` or `[` that fails on its own first line may be a log line such as `[13-Dec-2025 …] PHP Notice`.
  const mayBeLeadingText = !isBracket(text.charCodeAt(from)) || (fault !== undefined && isOnFirstLine(text, from, fault.start));
  const candidates = mayBeLeadingText ? jsonCandidates(text, from, end) : [];
  for (const candidate of candidates) {
    const json = parseJson(slice(text, candidate, end));
    if (json) {
      reportLeadingText(text, from, candidate, entry, problems);
      return jsonPayload(span, candidate, json);
    }
  }

  if (looksLikeHtmlPage(text, from, end)) {
    const title = htmlTitle(text, from, end);
    const message = `The payload is an HTML page${title ? ` (${title})` : ''}, not JSON.`;
    problems.push(parseProblem('payload.html', spanOf(from, end), message, entry));
    return { span, status: 'invalid', jsonOffset: from };
  }

  const jsonStart = startsJson || candidates.length === 0 ? from : candidates[0]!;
  if (jsonStart > from) reportLeadingText(text, from, jsonStart, entry, problems);
  const why = jsonStart === from && fault ? fault : diagnoseJson(text.slice(jsonStart, end));
  const code = why.kind === 'truncated' ? 'payload.truncated' : 'payload.invalid-json';
  problems.push(parseProblem(code, spanOf(jsonStart + why.start, jsonStart + why.end), why.message, entry));
  return { span, status: 'invalid', jsonOffset: jsonStart };
}

function parseJson(json: string): JsonText | undefined {
  try {
    return new ParsedJson(json, JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}

function jsonPayload(span: Span, jsonOffset: number, json: JsonText): Payload {
  return { span, status: 'json', jsonOffset, json };
}

function reportLeadingText(text: string, from: number, jsonStart: number, entry: number, problems: Problem[]): void {
  const span = spanOf(from, trimBlanksEnd(text, from, jsonStart));
  const message = `Text precedes the JSON: ${quote(text, span.start, span.end)}.`;
  problems.push(parseProblem('payload.leading-text', span, message, entry));
}

function isBracket(code: number): boolean {
  return code === Char.OpenBrace || code === Char.OpenBracket;
}

function isOnFirstLine(text: string, from: number, relativeOffset: number): boolean {
  const lineFeed = text.indexOf('\n', from);
  return lineFeed < 0 || from + relativeOffset < lineFeed;
}

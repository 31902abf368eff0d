// Codes about the file as a whole. Never renamed once released.
import type { ParsedLog, Problem } from './model';
import type { TextSource } from './text/textSource';

export const logCodes = {
  'log.no-rows': {
    severity: 'warning',
    description: 'The file has text but no row of an exchange log (a different file, or another encoding such as windows-1251 or UTF-16).',
  },
} as const;

/** A file with text in it but not one row that could be read says so, rather than passing silently. */
export function noRowsProblem(source: TextSource, parsed: ParsedLog): Problem | undefined {
  if (parsed.entries.length > 0 || parsed.problems.length > 0) return undefined;
  const text = source.toString();
  const firstText = text.search(/\S/);
  if (firstText < 0) return undefined;
  const lineEnd = text.indexOf('\n', firstText);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, firstText + 200);
  return {
    code: 'log.no-rows',
    severity: logCodes['log.no-rows'].severity,
    message:
      'No exchange-log row found: rows look like "| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {…} |" ' +
      '(or tab-separated, or copied from the page). Is the file in another encoding (windows-1251, UTF-16)?',
    span: { start: firstText, end: Math.max(end, firstText + 1) },
  };
}

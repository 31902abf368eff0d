// Why a payload is not JSON, asked of jsonc-parser only after the fast `JSON.parse` has failed.
import { ParseErrorCode, parseTree, type ParseError } from 'jsonc-parser';

export interface JsonFault {
  /** `truncated`: the text stops inside the value; `trailing`: a complete value is followed by more text. */
  readonly kind: 'truncated' | 'trailing' | 'invalid';
  /** Offsets relative to the JSON text. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

const descriptions: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'an unexpected symbol',
  [ParseErrorCode.InvalidNumberFormat]: 'a malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name is expected',
  [ParseErrorCode.ValueExpected]: 'a value is expected',
  [ParseErrorCode.ColonExpected]: 'a colon is expected',
  [ParseErrorCode.CommaExpected]: 'a comma is expected',
  [ParseErrorCode.CloseBraceExpected]: 'a closing brace is expected',
  [ParseErrorCode.CloseBracketExpected]: 'a closing bracket is expected',
  [ParseErrorCode.EndOfFileExpected]: 'text after the end of the value',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed',
  [ParseErrorCode.UnexpectedEndOfString]: 'an unterminated string',
  [ParseErrorCode.InvalidUnicode]: 'a malformed \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'a malformed escape',
  [ParseErrorCode.InvalidCharacter]: 'a control character in a string',
};

/** Errors that, at the very end of the text, mean the text was cut inside a token. */
const cutTokenErrors: ReadonlySet<ParseErrorCode> = new Set([
  ParseErrorCode.UnexpectedEndOfString,
  ParseErrorCode.UnexpectedEndOfComment,
  ParseErrorCode.UnexpectedEndOfNumber,
  ParseErrorCode.InvalidNumberFormat,
  ParseErrorCode.InvalidUnicode,
  ParseErrorCode.InvalidEscapeCharacter,
  ParseErrorCode.InvalidSymbol,
]);

/** `json` is trimmed: it starts and ends with non-blank characters. */
export function diagnoseJson(json: string): JsonFault {
  const { error, valueEnd } = firstError(json);
  if (!error) return { kind: 'invalid', start: 0, end: json.length, message: 'The payload is not valid JSON.' };
  if (valueEnd < json.length && error.offset >= valueEnd) {
    return { kind: 'trailing', start: error.offset, end: json.length, message: 'Text follows the end of the JSON value.' };
  }
  const end = Math.min(json.length, error.offset + error.length);
  // A symbol that is all the text (`OK`) is not a cut-off value; one inside a value (`{"a": tru`) is.
  const cutToken = end >= json.length && cutTokenErrors.has(error.error) && (error.offset > 0 || error.error !== ParseErrorCode.InvalidSymbol);
  if (error.offset >= json.length || cutToken) {
    const start = cutToken ? error.offset : lastLineStart(json);
    return { kind: 'truncated', start, end: json.length, message: 'The JSON stops before the value is complete.' };
  }
  const what = descriptions[error.error] ?? 'a syntax error';
  return { kind: 'invalid', start: error.offset, end: Math.max(end, error.offset + 1), message: `Invalid JSON: ${what}.` };
}

/** The first error, and where the first value ends (text after it is trailing text). */
function firstError(json: string): { error?: ParseError; valueEnd: number } {
  const errors: ParseError[] = [];
  try {
    const root = parseTree(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return { error: errors[0], valueEnd: root ? root.offset + root.length : 0 };
  } catch {
    // jsonc-parser recurses: absurdly deep nesting overflows the stack. Report the whole text.
    return { valueEnd: json.length };
  }
}

function lastLineStart(json: string): number {
  let p = json.lastIndexOf('\n') + 1;
  while (json.charCodeAt(p) === 0x20 || json.charCodeAt(p) === 0x09) p++;
  return p;
}

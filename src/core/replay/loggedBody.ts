// The logged request body as compact JSON text, taken from the log's own characters so that numbers
// travel exactly as logged (JSON.parse → JSON.stringify would round integers beyond 2^53 and turn
// 1e309 into null).
import { createScanner, findNodeAtLocation, parseTree, SyntaxKind } from 'jsonc-parser';

const maxDepthHint = 2000;

export function loggedBodyText(payloadText: string): string | undefined {
  let root;
  try {
    root = parseTree(payloadText, undefined, { disallowComments: true });
  } catch {
    return undefined; // nesting too deep for the tree: the caller serialises the parsed value instead
  }
  const body = root && findNodeAtLocation(root, ['body']);
  if (!body || body.type === 'null') return undefined;
  return compact(payloadText.slice(body.offset, body.offset + body.length));
}

/** The JSON text without insignificant white space; strings and numbers untouched. */
function compact(text: string): string | undefined {
  const scanner = createScanner(text, true);
  let out = '';
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (scanner.getTokenError() !== 0 || kind === SyntaxKind.Unknown) return undefined;
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) depth++;
    if (depth > maxDepthHint) return undefined;
    if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) depth--;
    out += text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
  return out;
}

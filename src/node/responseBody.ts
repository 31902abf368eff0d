// Turning the bytes of an answer into text and, when it is JSON, a value.

/** Decodes with the charset of `Content-Type` (windows-1251 and others), UTF-8 when absent or unknown. */
export function decodeBody(bytes: Buffer, contentType: string | undefined): string {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** An empty body gives neither a value nor an error: RECEIPT may be answered with nothing. */
export function parseJsonBody(text: string, contentType: string | undefined): { bodyJson?: unknown; jsonError?: string } {
  if (text.trim() === '') return {};
  try {
    return { bodyJson: JSON.parse(text) as unknown };
  } catch (error) {
    // Node's message quotes a piece of the body, possibly a cut-off secret that redaction cannot
    // recognise: keep only where the JSON breaks, never what the body says.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = position !== undefined ? ` (invalid at character ${position})` : '';
    return { jsonError: `The body is not JSON (${contentType ?? 'no Content-Type'})${where}.` };
  }
}

/** Lower-case header names, repeated values joined with `, `. */
export function flattenHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

// "Copy as cURL": one replay request as a POSIX shell command. Secrets stay `${secret:NAME}`
// placeholders (single-quoted, so the shell does not expand them): pass the request as built, never
// one whose headers were resolved.
import type { ReplayRequest } from './request';
import { shellQuote } from './shellQuote';

export function toCurl(request: ReplayRequest): string {
  const method = request.method === 'GET' ? '' : ` -X ${request.method}`;
  const parts: string[] = [`curl${method} ${shellQuote(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  if (request.body !== undefined) parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(' \\\n  ');
}

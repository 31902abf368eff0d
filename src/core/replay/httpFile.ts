// "Export as .http": replay requests in the format of VS Code's REST Client and httpyac.
// - Base URLs become file variables at the top (`@baseUrl = ...`), requests use `{{baseUrl}}`.
// - `${secret:NAME}` becomes `{{secret_NAME}}`, which neither tool finds in the file: the user defines it
//   in the tool's environment (REST Client `rest-client.environmentVariables`, httpyac `.env`), so no
//   secret is ever written into an exported file. The header comment lists the names needed.
// - Bodies are pretty-printed (2 spaces); the JSON sent is the same value as the logged one.
// Both tools expand `{{…}}` anywhere in a request (httpyac even runs JavaScript there), and a logged body
// is untrusted: every `{{` of a body is written as `\u007b{`, the same JSON string, which no tool expands.
import { applyEdits, format } from 'jsonc-parser';
import type { ReplayRequest } from './request';
import { secretPlaceholderPattern } from './secrets';

export interface HttpFileItem {
  readonly request: ReplayRequest;
  /** The log time as written in the log (Moscow time), e.g. `2025-12-13 19:06:57`. */
  readonly loggedAt: string;
  readonly shop: string;
}

export function toHttpFile(items: readonly HttpFileItem[]): string {
  const baseVariables = nameBaseUrls(items.map((item) => item.request));
  const secrets = new Set<string>();
  const blocks = items.map((item) => requestBlock(item, baseVariables, secrets));

  const head = ['# Requests replayed from an exchange log (Exchange Log Debugger).'];
  if (secrets.size > 0) {
    head.push('# Define these variables in your REST Client / httpyac environment, not in this file:');
    for (const name of secrets) head.push(`#   ${name}`);
  }
  for (const [baseUrl, variable] of baseVariables) head.push(`@${variable} = ${baseUrl}`);
  return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}

function requestBlock(item: HttpFileItem, baseVariables: Map<string, string>, secrets: Set<string>): string {
  const { request } = item;
  const facts = [`${item.loggedAt} (Moscow)`, `shop ${item.shop}`, request.type];
  if (request.stateChanging) facts.push(`state-changing ${request.method}`);
  const lines = ['###', `# ${facts.join(' · ')}`];
  lines.push(`${request.method} {{${baseVariables.get(request.baseUrl) ?? 'baseUrl'}}}${request.target}`);
  for (const [name, value] of Object.entries(request.headers)) {
    const withVariables = value.replace(secretPlaceholderPattern, (_placeholder, secret: string) => {
      const variable = `secret_${secret.replace(/[^A-Za-z0-9_]/g, '_')}`;
      secrets.add(variable);
      return `{{${variable}}}`;
    });
    lines.push(`${name}: ${withVariables}`);
  }
  if (request.body !== undefined) lines.push('', prettyBody(request.body));
  return lines.join('\n');
}

/** One file variable per distinct base URL: `baseUrl` alone, `baseUrl_<endpoint>` when there are several. */
function nameBaseUrls(requests: readonly ReplayRequest[]): Map<string, string> {
  const endpoints = new Map<string, string>();
  for (const request of requests) {
    if (!endpoints.has(request.baseUrl)) endpoints.set(request.baseUrl, request.endpoint);
  }
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const [baseUrl, endpoint] of endpoints) {
    const stem = endpoints.size === 1 ? 'baseUrl' : `baseUrl_${endpoint.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}_${n}`;
    used.add(name);
    names.set(baseUrl, name);
  }
  return names;
}

/** Indented with the body's own literals (re-serialising would round big numbers), templates defused. */
function prettyBody(body: string): string {
  let pretty = body;
  try {
    JSON.parse(body);
    pretty = applyEdits(body, format(body, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' }));
  } catch {
    // not JSON: sent as it is
  }
  // Outside strings JSON never has two braces in a row, so every `{{` is inside a string.
  return pretty.replace(/\{\{/g, '\\u007b{');
}

// `exchange-log replay <file> --line N --endpoint URL [--yes] [--header 'Name: value'] [--ignore glob]`:
// sends the request of the exchange at line N (1-based, as the editor shows) to URL and prints the status,
// the time and how the answer differs from the logged one. Exit codes: 0 equal (or nothing logged to compare
// with), 1 differences, 2 failure or bad usage, 3 a state-changing request not sent because --yes is missing.
// Credentials: a header value may hold `${secret:NAME}`, read from the environment variable
// EXCHANGE_LOG_SECRET_NAME; its value is replaced by *** in everything printed.
import { readLog } from './readLog';
import { analyzeLog } from '../core/analyze';
import type { LogEntry } from '../core/model';
import { buildReplayRequest } from '../core/replay/buildRequest';
import { type JsonDiff, compareJson, summarizeDiff } from '../core/replay/compare';
import { redactHeaders, redactText, resolveHeaders } from '../core/replay/secrets';
import type { Exchange } from '../core/sessions/model';
import { LineIndex } from '../core/text/lineIndex';
import { send } from '../node/httpTransport';

export const replayUsage = `  exchange-log replay <file> --line N --endpoint URL [--yes] [--header 'Name: value']... [--ignore glob]...
                  [--connect-timeout MS] [--timeout MS] [--insecure] [--json]
      replay the request of the exchange at line N against URL and compare the answer with the logged one
      (exit 0 equal, 1 differences, 2 failure, 3 state-changing request not sent without --yes;
       \${secret:NAME} in a header is read from the environment variable EXCHANGE_LOG_SECRET_NAME)
`;

interface ReplayOptions {
  readonly file: string;
  readonly line: number;
  readonly endpoint: string;
  readonly yes: boolean;
  readonly headers: Record<string, string>;
  readonly ignore: string[];
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly insecure: boolean;
  readonly json: boolean;
}

type Out = { readonly write: (text: string) => void };

export async function replayCommand(argv: readonly string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    err.write(`exchange-log replay: ${options}\nUsage:\n${replayUsage}`);
    return 2;
  }
  let text: string;
  try {
    text = readLog(options.file);
  } catch (error) {
    err.write(`exchange-log replay: cannot read ${options.file}: ${(error as Error).message}\n`);
    return 2;
  }
  const analysis = analyzeLog(text);
  const lines = new LineIndex(text);
  const found = exchangeAtLine(analysis.parsed.entries, analysis.sessions.shops.flatMap((s) => s.sessions.flatMap((x) => x.exchanges)), lines, options.line - 1);
  if (typeof found === 'string') {
    err.write(`exchange-log replay: ${found}\n`);
    return 2;
  }
  const { exchange } = found;
  const entries = analysis.parsed.entries;
  const requestEntry = exchange.request === undefined ? undefined : entries[exchange.request];
  if (!requestEntry) return fail(err, `the ${exchange.type} exchange at line ${options.line} has no logged request.`);
  const payload = requestEntry.payload.json?.value;
  if (payload === undefined) return fail(err, `the logged ${exchange.type} request (line ${lines.positionAt(requestEntry.span.start).line + 1}) is not JSON.`);

  const built = buildReplayRequest(payload, exchange.type, { name: 'cli', baseUrl: options.endpoint, headers: options.headers }, { payloadText: requestEntry.payload.json?.text });
  if (!built.ok) return fail(err, built.message);
  const request = built.request;
  const resolved = resolveHeaders(request.headers, (name) => process.env[`EXCHANGE_LOG_SECRET_${name}`]);
  if (!resolved.ok) return fail(err, `set the environment variable(s) ${resolved.missing.map((n) => `EXCHANGE_LOG_SECRET_${n}`).join(', ')} for the header secret(s).`);
  const redact = (value: string) => redactText(value, resolved.secretValues);

  const requestLine = lines.positionAt(requestEntry.span.start).line + 1;
  const head = [
    `${exchange.type} · shop ${exchange.shop} · logged ${requestEntry.time.text} (request line ${requestLine})`,
    `${request.method} ${redact(request.url)}`,
  ];
  if (request.stateChanging && !options.yes) {
    const headers = Object.entries(redactHeaders(resolved.headers, resolved.secretValues)).map(([n, v]) => `${n}: ${v}`);
    out.write(`${[...head, ...headers, '', request.body ?? '', '', `Not sent: ${request.type} ${request.method} changes state on the server. Add --yes to send it.`].join('\n')}\n`);
    return 3;
  }

  const result = await send(
    { method: request.method, url: request.url, headers: resolved.headers, ...(request.body === undefined ? {} : { body: request.body }) },
    {
      connectTimeoutMs: options.connectTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs,
      rejectUnauthorized: !options.insecure,
      allowedOrigins: [new URL(request.url).origin],
      sensitiveHeaders: resolved.sensitiveHeaders,
    },
  );
  if (!result.ok) {
    out.write(`${head.join('\n')}\n`);
    return fail(err, `${redact(result.message)} (${result.kind}, after ${result.durationMs} ms)`);
  }
  const status = `${result.status} ${result.statusText}`.trim();
  head.push(`${status} · ${result.durationMs} ms`);
  if (result.jsonError !== undefined) {
    out.write(`${head.join('\n')}\n`);
    return fail(err, `the answer is not JSON: ${redact(result.jsonError)}`);
  }

  const responseEntry = exchange.response === undefined ? undefined : entries[exchange.response];
  const diff = compareWithLogged(responseEntry, result.bodyJson, result.bodyText, options.ignore);
  if (options.json) {
    out.write(`${redact(JSON.stringify({ type: exchange.type, shop: exchange.shop, method: request.method, url: request.url, status: result.status, durationMs: result.durationMs, differences: diff ?? null }, null, 2))}\n`);
  } else {
    const tail = diff === undefined ? [`not compared: ${responseEntry ? 'the logged response is an empty cell or not JSON' : 'no response was logged'}`] : diffLines(diff, redact);
    out.write(`${redact([...head, ...tail].join('\n'))}\n`);
  }
  if (diff?.invalidPatterns.length) err.write(`exchange-log replay: not valid --ignore patterns (ignored): ${diff.invalidPatterns.join(', ')}\n`);
  return diff === undefined || diff.equal ? 0 : 1;
}

function fail(err: Out, message: string): number {
  err.write(`exchange-log replay: ${message}\n`);
  return 2;
}

function compareWithLogged(entry: LogEntry | undefined, replayed: unknown, replayedText: string, ignore: readonly string[]): JsonDiff | undefined {
  if (!entry) return undefined;
  const logged = entry.payload.json?.value;
  if (logged !== undefined && replayed !== undefined) return compareJson(logged, replayed, { ignore });
  if (entry.payload.status === 'empty' && replayedText.trim() === '') return compareJson(undefined, undefined, { ignore });
  return undefined;
}

function diffLines(diff: JsonDiff, redact: (text: string) => string): string[] {
  // Redact before cutting: a cut-off secret would no longer be recognised.
  const show = (value: unknown) => {
    const text = value === undefined ? '(none)' : redact(JSON.stringify(value) ?? String(value));
    return text.length > 100 ? `${text.slice(0, 97)}...` : text;
  };
  return [
    summarizeDiff(diff),
    ...diff.changed.map((c) => `  changed ${c.path || '(root)'}: ${show(c.logged)} -> ${show(c.replayed)}`),
    ...diff.added.map((a) => `  added   ${a.path}: ${show(a.value)}`),
    ...diff.removed.map((r) => `  removed ${r.path}: ${show(r.value)}`),
  ];
}

/** The exchange whose request or response row covers the 0-based line. */
function exchangeAtLine(entries: readonly LogEntry[], exchanges: readonly Exchange[], lines: LineIndex, line: number): { exchange: Exchange } | string {
  if (line < 0 || line >= lines.lineCount) return `line ${line + 1} is outside the file (${lines.lineCount} lines).`;
  const entry = entries.find((e) => lines.positionAt(e.span.start).line <= line && line <= lines.positionAt(Math.max(e.span.start, e.span.end - 1)).line);
  if (!entry) return `line ${line + 1} is not inside a request or response row.`;
  const exchange = exchanges.find((x) => x.request === entry.index || x.response === entry.index);
  return exchange ? { exchange } : `the row at line ${line + 1} belongs to no exchange.`;
}

function parseArgs(argv: readonly string[]): ReplayOptions | string {
  const files: string[] = [];
  const headers: Record<string, string> = {};
  const ignore: string[] = [];
  let line: number | undefined;
  let endpoint: string | undefined;
  let yes = false;
  let insecure = false;
  let json = false;
  let connectTimeoutMs = 5_000;
  let totalTimeoutMs = 30_000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--yes': case '-y': yes = true; break;
      case '--insecure': insecure = true; break;
      case '--json': json = true; break;
      case '--line': {
        const text = value() ?? '';
        line = /^\d+$/.test(text) ? Number(text) : NaN;
        break;
      }
      case '--endpoint': endpoint = value(); break;
      case '--ignore': { const v = value(); if (v !== undefined) ignore.push(v); break; }
      case '--connect-timeout': connectTimeoutMs = Number(value()); break;
      case '--timeout': totalTimeoutMs = Number(value()); break;
      case '--header': case '-H': {
        const v = value() ?? '';
        const colon = v.indexOf(':');
        if (colon <= 0) return `--header needs 'Name: value', got '${v}'.`;
        headers[v.slice(0, colon).trim()] = v.slice(colon + 1).trim();
        break;
      }
      default:
        if (arg.startsWith('-')) return `unknown option ${arg}.`;
        files.push(arg);
    }
  }
  if (files.length !== 1) return 'give exactly one log file.';
  if (line === undefined || !Number.isInteger(line) || line < 1) return '--line N (a line number from 1) is required.';
  if (endpoint === undefined || endpoint === '') return '--endpoint URL is required.';
  if (!(connectTimeoutMs > 0) || !(totalTimeoutMs > 0)) return 'timeouts are positive numbers of milliseconds.';
  return { file: files[0]!, line, endpoint, yes, headers, ignore, connectTimeoutMs, totalTimeoutMs, insecure, json };
}

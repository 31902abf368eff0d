// (d) The real language server over stdio: open a large log, then one-row edits with incremental
// didChange, timing each from the notification to the publishDiagnostics of that version.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { parseLog } from '../src/core/parse';
import { timingOf, type Timing } from './timing';

export interface EditResult {
  readonly what: string;
  readonly line: number;
  readonly ms: number;
  readonly diagnostics: number;
}

export interface ServerResult {
  readonly openMs: number;
  readonly openDiagnostics: number;
  readonly firstOpenDiagnostics: readonly string[];
  readonly edits: readonly EditResult[];
  readonly editTiming: Timing;
}

export interface ServerOptions {
  readonly serverPath: string;
  readonly edits: number;
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  readonly nodeFlags?: readonly string[];
}

interface Client {
  readonly connection: ProtocolConnection;
  diagnostics(version: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

const uri = 'file:///bench/exchange-50mb.exlog';

async function startClient(options: ServerOptions): Promise<Client> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), options.serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, (params: PublishDiagnosticsParams) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    if (params.uri !== uri || params.version === undefined) return;
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(params);
    }
  });
  let configured!: () => void;
  const configuredOnce = new Promise<void>((resolve) => (configured = resolve));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
    setImmediate(configured);
    return params.items.map(() => ({}));
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('exchangeLog/modelChanged', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    locale: 'en',
    workspaceFolders: null,
  });
  await connection.sendNotification('initialized', {});
  // The settings are loaded before the log opens, so they do not invalidate the first analysis;
  // a request answered after the configuration response proves the server has taken them.
  await configuredOnce;
  await connection.sendRequest('exchangeLog/summary', { uri: 'file:///bench/none.exlog' });
  return {
    connection,
    diagnostics: (version) => new Promise((resolve) => waiting.set(version, resolve)),
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      connection.dispose();
    },
  };
}

/** The document as the client holds it, with line starts for offset → position. */
export class ClientDocument {
  private lineStarts: number[];

  constructor(public text: string) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.lineStarts[low]! };
  }

  /** Replaces [start, end) within one line. */
  replace(start: number, end: number, text: string): void {
    const line = this.position(start).line;
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    const delta = text.length - (end - start);
    for (let i = line + 1; i < this.lineStarts.length; i++) this.lineStarts[i]! += delta;
  }
}

interface PlannedEdit {
  readonly what: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One LSP content change of the edit script, in the coordinates of the document before it. */
export interface ScriptedEdit {
  readonly what: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly text: string;
}

/** A one-row edit inside a BILL answer: its customer name, or the quantity of its first product. */
function planEdit(text: string, payloadStart: number, time: string, k: number): PlannedEdit {
  if (k % 2 === 0) {
    const key = text.indexOf('"name": "', text.indexOf('"customer": {', payloadStart));
    const start = key + '"name": "'.length;
    const end = text.indexOf('"', start);
    return { what: `BILL ${time} customer.name`, start, end, text: `Изменённый Покупатель ${k} ` };
  }
  const key = text.indexOf('"quantity": ', text.indexOf('"products": [', payloadStart));
  const start = key + '"quantity": '.length;
  const end = text.indexOf(',', start);
  return { what: `BILL ${time} products[0].quantity`, start, end, text: String(Number(text.slice(start, end)) + 1) };
}

/**
 * `count` edits spread over the file, each in a different BILL answer, applied one after the other
 * (each stays inside one line; the offsets after it shift, which the script accounts for).
 */
export function editScript(text: string, count: number): ScriptedEdit[] {
  const document = new ClientDocument(text);
  const bills = parseLog(text).entries.filter((e) => e.type.text === 'BILL' && e.direction === 'response' && e.payload.json);
  const script: ScriptedEdit[] = [];
  let shift = 0;
  for (let k = 0; k < count; k++) {
    const bill = bills[Math.floor(((k + 1) * bills.length) / (count + 1))]!;
    const edit = planEdit(document.text, bill.payload.span.start + shift, bill.time.text, k);
    script.push({ what: edit.what, range: { start: document.position(edit.start), end: document.position(edit.end) }, text: edit.text });
    document.replace(edit.start, edit.end, edit.text);
    shift += edit.text.length - (edit.end - edit.start);
  }
  return script;
}

export async function measureServer(text: string, options: ServerOptions): Promise<ServerResult> {
  const script = editScript(text, options.edits);
  const client = await startClient(options);
  try {
    let version = 1;
    const opened = client.diagnostics(version);
    const openStart = performance.now();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'exchange-log', version, text } });
    const first = await opened;
    const openMs = performance.now() - openStart;
    const firstOpenDiagnostics = first.diagnostics.slice(0, 5).map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}: ${d.message}`);

    const edits: EditResult[] = [];
    for (const edit of script) {
      version++;
      const published = client.diagnostics(version);
      const start = performance.now();
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: edit.range, text: edit.text }] });
      const params = await published;
      edits.push({ what: edit.what, line: edit.range.start.line + 1, ms: performance.now() - start, diagnostics: params.diagnostics.length });
    }
    return { openMs, openDiagnostics: first.diagnostics.length, firstOpenDiagnostics, edits, editTiming: timingOf(edits.map((e) => e.ms)) };
  } finally {
    await client.stop();
  }
}

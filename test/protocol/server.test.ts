import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { seededRandom } from '../unit/parse/random';
import { repoRoot, startServer, type ServerUnderTest } from './serverProcess';
import type { LogSummary, ExchangeView } from '../../src/shared/protocol';

const sampleText = readFileSync(path.join(repoRoot, 'test/fixtures/exchange-sample.log'), 'utf8');
const uri = 'file:///logs/exchange-sample.log';
/** What the edits type: row breaks, CRLF, a row's first pipe, JSON, a changed amount, nothing (a deletion). */
const typing = ['', '\n', '\r\n', '|', ' ', '"x": 1,', '41800', '}', '| 2025-12-13 19:00:00 | 19 | Запрос (LIST) | {} |\n'];

interface DocumentSymbolLike {
  name: string;
  children?: DocumentSymbolLike[];
  range: { start: { line: number } };
}

describe('language server over stdio', () => {
  let server: ServerUnderTest;

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    await server.stop();
  });

  async function open(text = sampleText, version = 1): Promise<void> {
    const analysed = server.modelChanged(uri, version);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'exchange-log', version, text } });
    await analysed;
  }

  it('publishes diagnostics with the document version and serves the sessions summary', async () => {
    await open();
    const diagnostics = await server.diagnostics(uri);
    assert.equal(diagnostics.version, 1);
    for (const d of diagnostics.diagnostics) assert.equal(d.source, 'exchange-log');
    const summary = (await server.connection.sendRequest('exchangeLog/summary', { uri })) as LogSummary;
    assert.deepEqual(summary.shops.map((s) => s.id), ['19', '146', '131']);
    assert.equal(summary.entryCount, 20);
    assert.equal(summary.sessionCount, 3);
    assert.equal(summary.exchangeCount, 10);
    assert.equal(summary.shops.find((s) => s.id === '131')?.systemName, 'demo-shop, demo-shop-east');
  });

  it('lists the exchanges of a session with their rows and latency', async () => {
    await open();
    const summary = (await server.connection.sendRequest('exchangeLog/summary', { uri })) as LogSummary;
    const shop19 = summary.shops.find((s) => s.id === '19')!;
    const exchanges = (await server.connection.sendRequest('exchangeLog/sessionExchanges', { uri, sessionId: shop19.sessions[0]!.id })) as ExchangeView[];
    assert.deepEqual(exchanges.map((x) => x.type), ['BILL', 'RECEIPT', 'LIST', 'RECEIPT']);
    const [, firstReceipt, , retry] = exchanges;
    assert.equal(firstReceipt!.latencyMs, 11_000);
    assert.equal(retry!.retryOf, firstReceipt!.id);
    // The first RECEIPT request is the row at line 377 (1-based) of the sample.
    assert.equal(sampleText.split('\n')[firstReceipt!.request!.range.start.line]!.slice(0, 22), '| 2025-12-13 18:56:03 ');
  });

  it('follows incremental edits: a changed row changes the model, the rest stays', async () => {
    await open();
    const changed = server.modelChanged(uri, 2);
    // Rename shop 131 to 777 in the first row only (line 0, characters 24..27).
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 24 }, end: { line: 0, character: 27 } }, text: '777' }],
    });
    await changed;
    const summary = (await server.connection.sendRequest('exchangeLog/summary', { uri })) as LogSummary;
    assert.equal(summary.version, 2);
    assert.deepEqual(summary.shops.map((s) => s.id), ['19', '146', '131', '777']);
    const diagnostics = await server.diagnostics(uri, (p) => p.version === 2);
    assert.equal(diagnostics.version, 2);
  });

  it('after typing anywhere, publishes exactly what a fresh open of the same text publishes', async () => {
    const fresh = 'file:///logs/fresh.log';
    const withoutUri = (p: PublishDiagnosticsParams) =>
      JSON.stringify(p.diagnostics.map((d) => ({ ...d, relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: r.location.range })) })));
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const mirror = TextDocument.create(uri, 'exchange-log', 1, sampleText);
      await open(sampleText, 1);
      for (let version = 2; version <= 16; version++) {
        // One to three changes per notification, in LSP's sequential coordinates (ranges may be reversed).
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let c = 1 + Math.floor(random() * 3); c > 0; c--) {
          const text = mirror.getText();
          const start = Math.floor(random() * text.length);
          const end = Math.min(text.length, start + Math.floor(random() * 40));
          const inserted = typing[Math.floor(random() * typing.length)]!;
          const [from, to] = random() < 0.2 ? [end, start] : [start, end];
          const change = { range: { start: mirror.positionAt(from), end: mirror.positionAt(to) }, text: inserted };
          TextDocument.update(mirror, [{ range: { start: mirror.positionAt(Math.min(from, to)), end: mirror.positionAt(Math.max(from, to)) }, text: inserted }], version);
          changes.push(change);
        }
        const published = server.diagnostics(uri, (p) => p.version === version);
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        const incremental = await published;
        const expected = server.diagnostics(fresh, (p) => p.version === version);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'exchange-log', version, text: mirror.getText() } });
        assert.equal(withoutUri(incremental), withoutUri(await expected), `seed ${seed}, version ${version}: ${JSON.stringify(changes)}`);
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
      }
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('reports a payload that is not JSON as a diagnostic at the row, never crashing', async () => {
    const broken = sampleText.replace('{\n"system": "demo-shop, demo-shop-east",\n"protocol": "0.1.0"\n} |', '<html><body>502 Bad Gateway</body></html> |');
    await open(broken);
    const diagnostics = await server.diagnostics(uri);
    const html = diagnostics.diagnostics.find((d) => d.code === 'payload.html');
    assert.ok(html, JSON.stringify(diagnostics.diagnostics));
    assert.equal(html.range.start.line, 0);
    assert.equal(broken.split('\n')[0]!.slice(html.range.start.character, html.range.start.character + 6), '<html>');
  });

  it('serves the outline as shops → sessions → exchanges → request/response', async () => {
    await open();
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbolLike[];
    assert.deepEqual(symbols.map((s) => s.name), ['shop 19', 'shop 146 · demo-market', 'shop 131 · demo-shop, demo-shop-east']);
    const shop146 = symbols[1]!;
    // Listed innermost first (for breadcrumbs); in file order they are:
    const byPosition = [...shop146.children![0]!.children!].sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepEqual(byPosition.map((x) => x.name), ['RECEIPT M3192 · 41\u00a0800 · Пётр Тестов', 'LIST date=today · 1 bill', 'BILL M3192 · 41\u00a0800 · Пётр Тестов', 'LIST date=today · 1 bill', 'HELLO demo-market']);
    assert.deepEqual(byPosition[2]!.children!.map((c) => c.name), ['Request', 'Response']);
  });

  it('folds every multi-line payload', async () => {
    await open();
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as { startLine: number; endLine: number }[];
    assert.equal(ranges.length, 17); // 20 rows, 3 of them empty one-line cells
    assert.deepEqual(ranges[0], { startLine: 0, endLine: 3, kind: 'region' });
  });

  it('answers requests about unknown documents with null', async () => {
    assert.equal(await server.connection.sendRequest('exchangeLog/summary', { uri: 'file:///nope.log' }), null);
  });
});

// Replay inside a real VS Code: the fake protocol service on 127.0.0.1, endpoints in the workspace settings,
// the sample log open, commands driven with arguments. The consent question goes through the test API's
// prompt hook, so each test sees (and answers) it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConsentQuestion } from '../../../src/client/replay/consent';
import type { ReplayCommandResult } from '../../../src/client/replay/types';
import type { ExchangeLogApi } from '../../../src/client/testApi';
import { type FakeProtocolServer, refusedUrl, startFakeProtocolServer } from '../../support/fakeProtocolServer';
import { replayFixturesDir } from '../../support/replayFixtures';
import { api, childNamed, closeAll, diagnosticsOf, labelsOf, openLog, waitFor, workspaceFile } from './helpers';
import { screenshot } from './screenshot';

// 0-based lines of the sample's rows (the editor shows them one higher).
const billRequestLine = 185; // | 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {
const receiptRequestLine = 39; // | 2025-12-13 19:07:39 | 146 | Запрос (RECEIPT) | {
const secret = 'tok-7c1e55d2-must-never-show';

const replay = (args: object) => vscode.commands.executeCommand<ReplayCommandResult>('exchangeLog.replay.request', args);

describe('replay', function () {
  this.timeout(60_000);
  let server: FakeProtocolServer;
  let ext: ExchangeLogApi;
  let uri: vscode.Uri;
  const questions: ConsentQuestion[] = [];
  let answer = false;

  before(async () => {
    server = await startFakeProtocolServer();
    const slowAndRefused = await refusedUrl();
    await vscode.workspace.getConfiguration('exchangeLog').update('replay.endpoints', [
      { name: 'fake', baseUrl: server.url },
      { name: 'fake-auth', baseUrl: `${server.url}/auth`, headers: { Authorization: 'Bearer ${secret:TOKEN}' } },
      { name: 'fake-502', baseUrl: `${server.url}/__fault/html-502` },
      { name: 'fake-slow', baseUrl: `${server.url}/__fault/slow` },
      { name: 'fake-timeout', baseUrl: `${server.url}/__fault/slow`, totalTimeoutMs: 300 },
      { name: 'fake-no-confirm', baseUrl: server.url, confirmStateChanging: false },
      { name: 'refused', baseUrl: slowAndRefused },
      { name: 'remote', baseUrl: 'http://replay-test.invalid', shops: ['999'] },
    ], vscode.ConfigurationTarget.Workspace);
    uri = workspaceFile('exchange-sample.log');
    ext = await api();
    ext.replay!.setPromptForTests(async (question) => {
      questions.push(question);
      return answer;
    });
  });
  beforeEach(async () => {
    questions.length = 0;
    answer = false;
    await openLog(uri);
    await ext.summary(uri);
  });
  afterEach(closeAll);
  after(async () => {
    ext.replay?.setPromptForTests(undefined);
    // Replays live for the window's life: forget them, so other suites see the log's tree as it is.
    assert.ok((await vscode.commands.executeCommand<number>('exchangeLog.replay.clearReplays')) > 0);
    const configuration = vscode.workspace.getConfiguration('exchangeLog');
    await configuration.update('replay.endpoints', undefined, vscode.ConfigurationTarget.Workspace);
    await configuration.update('replay.activeEndpoint', undefined, vscode.ConfigurationTarget.Workspace);
    await server.close();
  });

  it('shows the active endpoint in the status bar; "Select Replay Endpoint" sets it', async () => {
    assert.equal(await vscode.commands.executeCommand('exchangeLog.replay.selectEndpoint', { name: 'fake' }), 'fake');
    assert.equal(vscode.workspace.getConfiguration('exchangeLog').get('replay.activeEndpoint'), 'fake');
    const status = () => ext.replay!.endpointStatus();
    await waitFor(vscode.workspace.onDidChangeConfiguration, () => status().text.includes('fake'), () => status().text.includes('fake'), 10_000, 'status bar text');
    assert.equal(status().visible, true);
    assert.equal(status().command, 'exchangeLog.replay.selectEndpoint');
  });

  it('replays the sample BILL: 200, no differences, the result document, the diff editor and a Replays node', async () => {
    const before = server.requests.length;
    const result = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'fake' });
    assert.equal(result.failure, undefined, result.summary);
    assert.equal(result.status, 200);
    assert.equal(result.differences?.equal, true);
    assert.ok(typeof result.durationMs === 'number' && result.durationMs >= 0);
    assert.equal((result.body as { number: string }).number, 'M3192');
    assert.match(result.summary, /^200 OK · \d+ ms · no differences/);
    assert.equal(server.requests.length, before + 1);
    assert.equal(server.requests.at(-1)!.url, '/api/v2/bill/byid/3192');
    assert.equal(questions.length, 0, 'a GET is not confirmed');

    const resultUri = result.resultUri!;
    const isOpen = () => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === resultUri);
    await waitFor(vscode.window.onDidChangeVisibleTextEditors, isOpen, isOpen, 10_000, 'result document');
    const resultText = vscode.workspace.textDocuments.find((d) => d.uri.toString() === resultUri)!.getText();
    assert.match(resultText, /^\/\/ Replay #\d+ of BILL · shop 146 · logged 2025-12-13 19:06:57/);
    assert.match(resultText, /^\/\/ HTTP 200 OK$/m);
    assert.match(resultText, /^\/\/ Compared with the logged response: no differences/m);
    assert.match(resultText, /"number": "M3192"/);
    await screenshot('replay-result');

    const compared = await vscode.commands.executeCommand<{ ok: boolean; left: string; right: string }>('exchangeLog.replay.compare', { replayId: result.replayId });
    assert.equal(compared.ok, true);
    const diffShown = () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff && input.original.toString() === compared.left && input.modified.toString() === compared.right;
    };
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, diffShown, diffShown, 10_000, 'diff editor');
    const left = await vscode.workspace.openTextDocument(vscode.Uri.parse(compared.left));
    const right = await vscode.workspace.openTextDocument(vscode.Uri.parse(compared.right));
    assert.ok(left.getText().startsWith('{\n  "customer": {'), 'keys sorted, 2-space indent');
    assert.equal(left.getText(), right.getText());
    await screenshot('replay-diff');

    const shop = await childNamed(ext, undefined, /^shop 146/);
    const session = (await ext.sessions.children(shop))[0]!;
    const bill = await childNamed(ext, session, /^BILL/);
    assert.deepEqual(await labelsOf(ext, bill), ['Request', 'Response', 'Replays']);
    const replays = await childNamed(ext, bill, 'Replays');
    const items = await labelsOf(ext, replays);
    assert.ok(items.some((label) => label.startsWith(`#${result.replayId} · 200 OK`)), items.join(' | '));
  });

  it('lists the differences of a changed answer, ignores the fields of the setting, and validates the body', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exlog-replay-it-'));
    fs.cpSync(replayFixturesDir(), dir, { recursive: true });
    const bill = JSON.parse(fs.readFileSync(path.join(dir, 'bill-3192.json'), 'utf8')) as { products: Record<string, unknown>[]; currency?: string };
    bill.products[0]!.price = '41000'; // a string: the schema says number
    bill.currency = 'RUB';
    fs.writeFileSync(path.join(dir, 'bill-3192.json'), JSON.stringify(bill));
    const changed = await startFakeProtocolServer({ fixturesDir: dir });
    const configuration = vscode.workspace.getConfiguration('exchangeLog');
    const endpoints = configuration.get<object[]>('replay.endpoints')!;
    try {
      await configuration.update('replay.endpoints', [...endpoints, { name: 'changed', baseUrl: changed.url }], vscode.ConfigurationTarget.Workspace);
      const result = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'changed' });
      assert.equal(result.status, 200, result.summary);
      assert.equal(result.differences?.equal, false);
      assert.deepEqual(result.differences?.changed.map((c) => [c.path, c.logged, c.replayed]), [['products[0].price', 41800, '41000']]);
      assert.deepEqual(result.differences?.added.map((a) => a.path), ['currency']);
      assert.match(result.summary, /1 changed, 1 added, 0 removed/);

      const resultUri = vscode.Uri.parse(result.resultUri!);
      const diagnostics = await diagnosticsOf(resultUri, (d) => d.some((x) => x.code === 'schema.type'));
      const typeProblem = diagnostics.find((d) => d.code === 'schema.type')!;
      assert.equal(typeProblem.source, 'exchange-log');
      assert.equal(typeProblem.severity, vscode.DiagnosticSeverity.Error);
      const document = await vscode.workspace.openTextDocument(resultUri);
      assert.equal(document.getText(typeProblem.range), '"41000"');
      assert.match(document.getText(), /^\/\/ {3}changed products\[0\]\.price: 41800 → "41000"$/m);
      await vscode.commands.executeCommand('exchangeLog.replay.compare', { replayId: result.replayId });
      await screenshot('replay-diff-changed');

      await configuration.update('replay.ignoreFields', ['**.price', 'currency'], vscode.ConfigurationTarget.Workspace);
      const ignoring = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'changed', show: false });
      assert.equal(ignoring.differences?.equal, true);
      assert.equal(ignoring.differences?.ignored, 2);
      assert.match(ignoring.summary, /no differences \(2 ignored\)/);
    } finally {
      await configuration.update('replay.ignoreFields', undefined, vscode.ConfigurationTarget.Workspace);
      await configuration.update('replay.endpoints', endpoints, vscode.ConfigurationTarget.Workspace);
      await changed.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses the active endpoint when none is named', async () => {
    await vscode.commands.executeCommand('exchangeLog.replay.selectEndpoint', { name: 'fake' });
    const result = await replay({ uri: uri.toString(), line: billRequestLine, show: false });
    assert.equal(result.status, 200, result.summary);
    assert.equal(result.request?.endpoint, 'fake');
  });

  it('asks before replaying a RECEIPT: "no" sends nothing, "yes" sends it', async () => {
    const before = server.requests.length;
    answer = false;
    const declined = await replay({ uri: uri.toString(), line: receiptRequestLine, endpoint: 'fake', show: false });
    assert.equal(questions.length, 1);
    assert.equal(questions[0]!.method, 'POST');
    assert.equal(questions[0]!.url, `${server.url}/api/v2/receipts`);
    assert.equal(questions[0]!.endpoint, 'fake');
    assert.match(questions[0]!.message, /POST .*\/api\/v2\/receipts.*"fake"/);
    assert.equal(declined.ok, false);
    assert.equal(declined.failure?.kind, 'declined');
    assert.equal(server.requests.length, before, 'nothing was sent');

    answer = true;
    const sent = await replay({ uri: uri.toString(), line: receiptRequestLine, endpoint: 'fake', show: false });
    assert.equal(questions.length, 2);
    assert.equal(sent.status, 200, sent.summary);
    assert.equal(server.requests.length, before + 1);
    const posted = server.requests.at(-1)!;
    assert.equal(posted.method, 'POST');
    assert.equal((JSON.parse(posted.body) as { type: string }).type, 'ReceiptCreated');
    assert.match(sent.summary, /empty cell/);
  });

  it('"confirm: true" skips the question only for an endpoint on this machine; "confirmStateChanging: false" always', async () => {
    const before = server.requests.length;
    answer = false;
    const remote = await replay({ uri: uri.toString(), line: receiptRequestLine, endpoint: 'remote', confirm: true, show: false });
    assert.equal(questions.length, 1, 'still asked for a remote endpoint');
    assert.equal(remote.failure?.kind, 'declined');

    const local = await replay({ uri: uri.toString(), line: receiptRequestLine, endpoint: 'fake', confirm: true, show: false });
    assert.equal(questions.length, 1, 'not asked for 127.0.0.1 with confirm: true');
    assert.equal(local.status, 200, local.summary);

    const unconfirmed = await replay({ uri: uri.toString(), line: receiptRequestLine, endpoint: 'fake-no-confirm', show: false });
    assert.equal(questions.length, 1, 'not asked when the endpoint says so');
    assert.equal(unconfirmed.status, 200, unconfirmed.summary);
    assert.equal(server.requests.length, before + 2);
  });

  it('sends a credential from SecretStorage as a header, and never shows it', async () => {
    assert.equal(await vscode.commands.executeCommand('exchangeLog.replay.setCredential', { name: 'TOKEN', value: secret }), 'TOKEN');
    const result = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'fake-auth' });
    assert.equal(result.status, 200, result.summary);
    const received = server.requests.at(-1)!;
    assert.equal(received.url, '/auth/api/v2/bill/byid/3192');
    assert.equal(received.headers.authorization, `Bearer ${secret}`);
    assert.equal(result.request?.headers.Authorization, 'Bearer ***');

    const resultText = (await vscode.workspace.openTextDocument(vscode.Uri.parse(result.resultUri!))).getText();
    assert.ok(!resultText.includes(secret), 'not in the result document');
    const transcript = ext.replay!.outputTranscript().join('\n');
    assert.match(transcript, /Replay #\d+: GET .*\/auth\/api\/v2\/bill\/byid\/3192/);
    assert.ok(!transcript.includes(secret), 'not in the output channel');
    assert.ok(!JSON.stringify(ext.replay!.records()).includes(secret), 'not in the kept records');

    const dryRun = await vscode.commands.executeCommand<{ text: string }>('exchangeLog.replay.dryRun', { uri: uri.toString(), line: billRequestLine, endpoint: 'fake-auth' });
    assert.match(dryRun.text, /^Authorization: Bearer \*\*\*$/m);
    assert.ok(!dryRun.text.includes(secret));
    const curl = await vscode.commands.executeCommand<{ text: string }>('exchangeLog.replay.copyAsCurl', { uri: uri.toString(), line: billRequestLine, endpoint: 'fake-auth', show: false });
    assert.match(curl.text, /-H 'Authorization: Bearer \$\{secret:TOKEN\}'/);
    const http = await vscode.commands.executeCommand<{ text: string }>('exchangeLog.replay.exportHttp', { uri: uri.toString(), line: billRequestLine, endpoint: 'fake-auth', show: false });
    assert.match(http.text, /^Authorization: Bearer \{\{secret_TOKEN\}\}$/m);
    assert.ok(!curl.text.includes(secret) && !http.text.includes(secret));

    assert.equal(await vscode.commands.executeCommand('exchangeLog.replay.deleteCredential', { name: 'TOKEN' }), 'TOKEN');
    const before = server.requests.length;
    const missing = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'fake-auth', show: false });
    assert.equal(missing.failure?.kind, 'missing-secret');
    assert.match(missing.failure!.message, /TOKEN.*Set Replay Credential/);
    assert.equal(server.requests.length, before);
  });

  it('ends network failures in a clear message: HTML 502, refused, timeout, cancel', async () => {
    const html = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'fake-502', show: false });
    assert.equal(html.ok, false);
    assert.equal(html.status, 502);
    assert.equal(html.failure?.kind, 'not-json');
    assert.match(html.failure!.message, /502 Bad Gateway.*not JSON.*text\/html/);

    const refused = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'refused', show: false });
    assert.equal(refused.failure?.kind, 'refused');
    assert.match(refused.summary, /refused the connection/);

    const timeout = await replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'fake-timeout', show: false });
    assert.equal(timeout.failure?.kind, 'timeout');
    assert.match(timeout.summary, /did not answer completely within 300 ms/);

    // Cancel, as the progress notification's Cancel button does: the HTTP request is aborted.
    const arrived = server.nextRequest();
    const closed = new Promise((resolve) => server.events.once('client-closed', resolve));
    const pending = replay({ uri: uri.toString(), line: billRequestLine, endpoint: 'fake-slow' });
    await arrived;
    assert.equal(ext.replay!.cancelAll(), 1);
    const cancelled = await pending;
    await closed;
    assert.equal(cancelled.failure?.kind, 'aborted');
    assert.match(cancelled.summary, /cancelled/);
    assert.equal(ext.replay!.running(), 0);
  });

  it('puts "▶ Replay" and "Copy as cURL" lenses on request rows', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const onBill = lenses.filter((lens) => lens.range.start.line === billRequestLine).map((lens) => lens.command?.title);
    assert.deepEqual(onBill, ['▶ Replay', 'Copy as cURL']);
    const replayLens = lenses.find((lens) => lens.range.start.line === billRequestLine && lens.command?.command === 'exchangeLog.replay.request')!;
    assert.equal((replayLens.command!.arguments![0] as { uri: string }).uri, uri.toString());
    assert.equal(lenses.filter((lens) => lens.command?.command === 'exchangeLog.replay.request').length, 10, 'one per logged request (10 in the sample)');
  });

  it('exports a whole session as .http, and a dry run sends nothing', async () => {
    const shop = await childNamed(ext, undefined, /^shop 146/);
    const session = (await ext.sessions.children(shop))[0]!;
    const before = server.requests.length;
    const exported = await vscode.commands.executeCommand<{ text: string; uri: string }>('exchangeLog.replay.exportHttp', session);
    assert.equal(exported.text.match(/^###$/gm)?.length, 5);
    assert.match(exported.text, /^POST \{\{baseUrl\}\}\/api\/v2\/receipts$/m);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === exported.uri);
    assert.equal(editor?.document.isUntitled, true);
    assert.equal(editor?.document.getText(), exported.text);
    await vscode.window.showTextDocument(editor!.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const dryRun = await vscode.commands.executeCommand<{ text: string; uri: string }>('exchangeLog.replay.dryRun', { uri: uri.toString(), line: receiptRequestLine, endpoint: 'fake' });
    assert.match(dryRun.text, /^# Dry run: nothing was sent\.$/m);
    assert.match(dryRun.text, new RegExp(`^POST ${server.url}/api/v2/receipts$`, 'm'));
    assert.match(dryRun.text, /State-changing: a replay asks for confirmation first/);
    assert.equal(server.requests.length, before);
    assert.equal(questions.length, 0);
  });
});

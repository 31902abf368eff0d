import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, childNamed, closeAll, diagnosticsOf, labelsOf, openLog, waitFor, workspaceFile } from './helpers';
import { screenshot } from './screenshot';

describe('an exchange log in VS Code', () => {
  afterEach(closeAll);

  for (const name of ['exchange-sample.log', 'exchange-sample.txt']) {
    it(`recognises ${name} by its content and shows its sessions`, async () => {
      const uri = workspaceFile(name);
      const editor = await openLog(uri);
      assert.equal(editor.document.languageId, 'exchange-log');
      const ext = await api();
      const summary = await ext.summary(uri);
      assert.equal(summary.sessionCount, 3);
      assert.equal(summary.exchangeCount, 10);
      assert.equal(ext.sessions.shownUri(), uri.toString());
      assert.deepEqual(await labelsOf(ext), ['shop 19', 'shop 146 · demo-market', 'shop 131 · demo-shop, demo-shop-east']);
    });
  }

  it('shows shop → session → exchanges with key facts, latency and retry marks', async () => {
    const uri = workspaceFile('exchange-sample.log');
    await openLog(uri);
    const ext = await api();
    await ext.summary(uri);
    const shop146 = await childNamed(ext, undefined, 'shop 146 · demo-market');
    assert.match(String(ext.sessions.item(shop146).description), /^1 session · 5 exchanges/);
    const session = await childNamed(ext, shop146, '2025-12-13 19:06:36–19:07:40');
    assert.deepEqual(await labelsOf(ext, session), [
      'HELLO demo-market',
      'LIST date=today · 1 bill',
      'BILL M3192 · 41\u00a0800 · Пётр Тестов',
      'LIST date=today · 1 bill',
      'RECEIPT M3192 · 41\u00a0800 · Пётр Тестов',
    ]);
    const bill = await childNamed(ext, session, /^BILL/);
    assert.equal(ext.sessions.item(bill).description, '19:06:57 · 1 s');
    assert.deepEqual(await labelsOf(ext, bill), ['Request', 'Response']);

    const shop19 = await childNamed(ext, undefined, 'shop 19');
    const session19 = (await ext.sessions.children(shop19))[0]!;
    const exchanges = await ext.sessions.children(session19);
    const items = exchanges.map((x) => ext.sessions.item(x));
    assert.deepEqual(items.map((i) => String(i.label).split(' ')[0]), ['BILL', 'RECEIPT', 'LIST', 'RECEIPT']);
    // The first RECEIPT took 11 s (slow: a warning); the second one retries it (a note).
    assert.equal(items[1]!.description, '18:56:03 · 11 s · 1 warning');
    assert.equal(items[3]!.description, '18:56:14 · 4 s · retry after 11 s · 1 note');
    assert.equal((items[1]!.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.equal((items[3]!.iconPath as vscode.ThemeIcon).id, 'sync');
    assert.equal((items[0]!.iconPath as vscode.ThemeIcon).id, 'pass');
  });

  it('reveals the row in the editor when an exchange is clicked', async () => {
    const uri = workspaceFile('exchange-sample.log');
    await openLog(uri);
    const ext = await api();
    await ext.summary(uri);
    const shop19 = await childNamed(ext, undefined, 'shop 19');
    const session = (await ext.sessions.children(shop19))[0]!;
    const receipt = await childNamed(ext, session, /^RECEIPT/);
    const command = ext.sessions.item(receipt).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.selection.start.line, 376); // `| 2025-12-13 18:56:03 | 19 | Запрос (RECEIPT) | {` is line 377
    assert.equal(editor.document.getText(editor.selection), 'Запрос (RECEIPT)');
  });

  it('selects the exchange under the cursor in the Sessions view', async () => {
    const uri = workspaceFile('exchange-sample.log');
    const editor = await openLog(uri);
    const ext = await api();
    await ext.summary(uri);
    await vscode.commands.executeCommand('exchangeLog.sessions.focus');
    await waitFor(ext.sessions.view.onDidChangeVisibility, (e) => e.visible, () => ext.sessions.view.visible, 10_000, 'Sessions view visible');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    const selected = waitFor(ext.sessions.view.onDidChangeSelection, (e) => e.selection.some((n) => n.id === 'response:146|BILL|2025-12-13 19:06:57|q|0'), undefined, 10_000, 'tree selection');
    // Line 160 is inside the BILL answer of shop 146 (rows 156–185).
    editor.selection = new vscode.Selection(160, 2, 160, 2);
    await selected;
    await screenshot('sessions-view');
  });

  it('shows shops → sessions → exchanges in the Outline', async () => {
    const uri = workspaceFile('exchange-sample.log');
    await openLog(uri);
    const ext = await api();
    await ext.summary(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    // VS Code orders the Outline by position: the newest shop's rows come first in the file.
    assert.deepEqual(symbols.map((s) => s.name), ['shop 131 · demo-shop, demo-shop-east', 'shop 146 · demo-market', 'shop 19']);
    assert.deepEqual(symbols[2]!.children[0]!.children.map((x) => x.name.split(' ')[0]).sort(), ['BILL', 'LIST', 'RECEIPT', 'RECEIPT']);
    await vscode.commands.executeCommand('outline.focus');
    await screenshot('outline');
  });

  it('puts a diagnostic with a code on a payload that is not JSON, and the status bar counts it', async () => {
    const sample = await vscode.workspace.fs.readFile(workspaceFile('exchange-sample.log'));
    const text = Buffer.from(sample).toString('utf8').replace('{\n"system": "demo-market",\n"protocol": "0.1.0"\n} |', '<html><head><title>502 Bad Gateway</title></head></html> |');
    const document = await vscode.workspace.openTextDocument({ language: 'exchange-log', content: text });
    await vscode.window.showTextDocument(document);
    const ext = await api();
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => x.code === 'payload.html'));
    const html = diagnostics.find((d) => d.code === 'payload.html')!;
    assert.equal(html.source, 'exchange-log');
    assert.equal(html.range.start.line, 220);
    assert.equal(document.getText(html.range).slice(0, 6), '<html>');
    const summary = await ext.summary(document.uri);
    assert.ok(summary.problems.error >= 1);
    const status = ext.statusBar();
    assert.equal(status.visible, true);
    assert.match(status.text, /3 sessions · 10 exchanges/);
    // Errors and warnings each by their own icon, not one sum under the error icon.
    const { error, warning } = summary.problems;
    assert.ok(status.text.endsWith(`$(error) ${error}${warning ? ` $(warning) ${warning}` : ''}`), status.text);
    assert.equal(status.command, 'exchangeLog.focusSessions');
  });

  it('follows edits: a new shop id appears in the tree', async () => {
    const uri = workspaceFile('exchange-sample.log');
    const editor = await openLog(uri);
    const ext = await api();
    await ext.summary(uri);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 24, 0, 27), '777'));
    await ext.summary(uri, editor.document.version);
    assert.deepEqual(await labelsOf(ext), ['shop 19', 'shop 146 · demo-market', 'shop 131', 'shop 777 · demo-shop, demo-shop-east']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('switches a plain-text document by hand with "Open as Exchange Log"', async () => {
    const sample = await vscode.workspace.fs.readFile(workspaceFile('exchange-sample.log'));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: Buffer.from(sample).toString('utf8') });
    await vscode.window.showTextDocument(document);
    const language = await vscode.commands.executeCommand<string>('exchangeLog.openAsExchangeLog');
    assert.equal(language, 'exchange-log');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'exchange-log');
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsOf, workspaceFile } from './helpers';
import { screenshot } from './screenshot';

/** The sample with its lines (1-based numbers as the editor shows them) replaced. */
async function mutatedSample(replacements: Record<number, [string, string]>, name = 'exchange-sample-mutated.log'): Promise<vscode.TextDocument> {
  const bytes = await vscode.workspace.fs.readFile(workspaceFile('exchange-sample.log'));
  const lines = Buffer.from(bytes).toString('utf8').split('\n');
  for (const [line, [from, to]] of Object.entries(replacements)) {
    const index = Number(line) - 1;
    assert.equal(lines[index], from, `line ${line} of the sample`);
    lines[index] = to;
  }
  // A file of its own in the workspace, as a user would have it (the sample itself stays untouched).
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(lines.join('\n'), 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

function at(d: vscode.Diagnostic): string {
  return `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`;
}

describe('validation in the editor', () => {
  afterEach(closeAll);

  it('the field sample has no schema or invariant problem: only the retry note and the slow answer', async () => {
    const uri = workspaceFile('exchange-sample.log');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ext = await api();
    await ext.summary(uri);
    const diagnostics = await diagnosticsOf(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map(at).sort(), ['exchange.retry@239:30', 'exchange.slow@238:30']);
    const retry = diagnostics.find((d) => d.code === 'exchange.retry')!;
    assert.equal(retry.severity, vscode.DiagnosticSeverity.Information);
    assert.match(retry.message, /18:56:03/);
  });

  it('marks the exact token: a string amount, a wrong bill sum, and the receipt that disagrees with the bill', async () => {
    const document = await mutatedSample({
      159: ['"summ": 41800,', '"summ": "41800.00",'],
      175: ['"price": 41800,', '"price": 41700,'],
    });
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => x.code === 'schema.type'));
    const type = diagnostics.find((d) => d.code === 'schema.type')!;
    assert.equal(at(type), 'schema.type@159:9');
    assert.equal(document.getText(type.range), '"41800.00"');
    assert.equal(type.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(type.source, 'exchange-log');
    assert.match(type.message, /summ/);
    const mismatch = diagnostics.find((d) => d.code === 'receipt.bill-mismatch');
    assert.ok(mismatch, diagnostics.map(at).join(', '));
    assert.equal(document.getText(mismatch.range), '41800');
    assert.equal(mismatch.range.start.line + 1, 54);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems');
  });

  it('hovers a value with its schema description and decoded meaning', async () => {
    const uri = workspaceFile('exchange-sample.log');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ext = await api();
    await ext.summary(uri);
    const timestamp = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(94, 16));
    const text = timestamp.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /timestamp/);
    assert.match(text, /2025-12-13 19:07:39\.371 Moscow time \(2025-12-13 16:07:39\.371 UTC\)/);
    const price = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(174, 11));
    const priceText = price.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n');
    assert.match(priceText, /41 800\.00 ₽/);
    assert.match(priceText, /Expected VAT: 1 990\.48 ₽/);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    editor.selection = new vscode.Selection(94, 16, 94, 16);
    editor.revealRange(new vscode.Range(80, 0, 100, 0), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover');
  });

  it('goes from a receipt\'s billId to the BILL answer, and from a response to its request', async () => {
    const uri = workspaceFile('exchange-sample.log');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ext = await api();
    await ext.summary(uri);
    const toBill = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, new vscode.Position(65, 12));
    const target = toBill[0]!;
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.equal(range.start.line + 1, 157); // `"id": 3192,` of the BILL answer
    const toRequest = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, new vscode.Position(155, 30));
    const request = toRequest[0]!;
    assert.equal(('targetRange' in request ? request.targetRange : request.range).start.line + 1, 186);
  });

  it('keeps problems on their tokens while typing: an edit above moves them, fixing the value removes one', async () => {
    const document = await mutatedSample({ 159: ['"summ": 41800,', '"summ": "41800.00",'] }, 'exchange-sample-typing.log');
    const editor = vscode.window.activeTextEditor!;
    await diagnosticsOf(document.uri, (d) => d.some((x) => at(x) === 'schema.type@159:9'));
    // Three new lines inside the first payload (blank JSON whitespace) and keystrokes one by one.
    for (const typed of ['\n', '\n', '\n']) await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), typed));
    const moved = await diagnosticsOf(document.uri, (d) => d.some((x) => at(x) === 'schema.type@162:9'));
    assert.ok(!moved.some((x) => at(x) === 'schema.type@159:9'), moved.map(at).join(', '));
    assert.equal(document.getText(moved.find((x) => x.code === 'schema.type')!.range), '"41800.00"');
    // Rows below the edit still answer hovers and definitions at their new lines.
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(177, 11));
    const hoverText = hover.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n');
    assert.match(hoverText, /41 800\.00 ₽/);
    const toRequest = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, new vscode.Position(158, 30));
    assert.equal(('targetRange' in toRequest[0]! ? toRequest[0].targetRange : toRequest[0]!.range).start.line + 1, 189);
    // Typing the number back clears the problem.
    await editor.edit((edit) => edit.replace(new vscode.Range(161, 8, 161, 18), '41800'));
    const fixed = await diagnosticsOf(document.uri, (d) => !d.some((x) => x.code === 'schema.type'));
    assert.deepEqual(fixed.filter((x) => x.severity === vscode.DiagnosticSeverity.Error).map(at), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';

const EXTENSION_ID = 'exchange-log-debugger.exchange-log-debugger';

describe('smoke', () => {
  it('runs in VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('has the extension under development loaded', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  });

  it('runs in a trusted workspace', () => {
    assert.equal(vscode.workspace.isTrusted, true);
  });

  it('opens the field sample and takes a screenshot of the workbench', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'no workspace folder open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'exchange-sample.log'));
    await vscode.window.showTextDocument(document);
    const png = await screenshot('smoke');
    if (png) assert.ok(fs.statSync(png).size > 0, `${png} is empty`);
  });
});

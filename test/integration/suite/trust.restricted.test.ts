import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';

describe('restricted mode', () => {
  it('opens the workspace untrusted', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await screenshot('restricted');
  });
});

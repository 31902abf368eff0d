import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { isProgrammaticSelection, markProgrammaticSelection } from '../../../src/client/programmaticSelection';

function selection(line: number): vscode.Selection {
  return { line, isEqual: (other: { line: number }) => other.line === line } as unknown as vscode.Selection;
}

function editor(uri: string, line: number): vscode.TextEditor {
  return { document: { uri: { toString: () => uri } }, selection: selection(line) } as unknown as vscode.TextEditor;
}

describe('programmatic selection marker', () => {
  it('recognises the selection the extension made, once', () => {
    const mine = editor('file:///a.log', 5);
    markProgrammaticSelection(mine);
    assert.equal(isProgrammaticSelection(mine, selection(5)), true);
    assert.equal(isProgrammaticSelection(mine, selection(5)), false, 'a second identical move is the user');
  });

  it('does not mistake the user\'s moves or another document for it', () => {
    markProgrammaticSelection(editor('file:///a.log', 5));
    assert.equal(isProgrammaticSelection(editor('file:///b.log', 5), selection(5)), false);
    assert.equal(isProgrammaticSelection(editor('file:///a.log', 6), selection(6)), false);
  });
});

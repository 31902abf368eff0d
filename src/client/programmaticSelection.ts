// Remembers the selection the extension itself put in an editor (a click in the Sessions view), so
// following the cursor does not answer it by moving the tree's selection away from what was clicked.
import type * as vscode from 'vscode';

let last: { uri: string; selection: vscode.Selection } | undefined;

export function markProgrammaticSelection(editor: vscode.TextEditor): void {
  last = { uri: editor.document.uri.toString(), selection: editor.selection };
}

/** True (once) when this selection change is the one the extension made. */
export function isProgrammaticSelection(editor: vscode.TextEditor, selection: vscode.Selection): boolean {
  const mine = last !== undefined && last.uri === editor.document.uri.toString() && last.selection.isEqual(selection);
  if (mine) last = undefined;
  return mine;
}

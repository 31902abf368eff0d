// Keeps the Sessions view on the active log, and moves its selection with the editor's cursor.
import * as vscode from 'vscode';
import { languageId } from '../../shared/protocol';
import { config } from '../config';
import type { LogModels } from '../logModels';
import { isProgrammaticSelection } from '../programmaticSelection';
import { nodeIds, type SessionsNode } from './nodes';
import type { SessionsTree } from './sessionsTree';

const cursorDelayMs = 150;

export function followEditor(tree: SessionsTree, view: vscode.TreeView<SessionsNode>, models: LogModels, disposables: vscode.Disposable[]): void {
  const showActive = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === languageId) {
      tree.show(document.uri.toString());
    } else if (tree.shownUri && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === tree.shownUri && d.languageId === languageId)) {
      tree.show(undefined);
    }
    void vscode.commands.executeCommand('setContext', 'exchangeLog.hasLog', tree.shownUri !== undefined);
  };
  vscode.window.onDidChangeActiveTextEditor(showActive, undefined, disposables);
  vscode.workspace.onDidCloseTextDocument(showActive, undefined, disposables);
  vscode.workspace.onDidOpenTextDocument(showActive, undefined, disposables);
  showActive();

  let timer: NodeJS.Timeout | undefined;
  vscode.window.onDidChangeTextEditorSelection((event) => {
    if (event.textEditor.document.languageId !== languageId || !view.visible || !config.followCursor()) return;
    if (isProgrammaticSelection(event.textEditor, event.selections[0]!)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void revealAt(event.textEditor.document.uri.toString(), event.selections[0]!.active), cursorDelayMs);
  }, undefined, disposables);
  disposables.push({ dispose: () => clearTimeout(timer) });

  const revealAt = async (uri: string, position: vscode.Position) => {
    if (uri !== tree.shownUri) return;
    const location = await models.locate(uri, position);
    if (!location) return;
    const node = await tree.find([
      nodeIds.shop(location.shopId),
      nodeIds.session(location.sessionId),
      nodeIds.exchange(location.exchangeId),
      nodeIds.message(location.exchangeId, location.part),
    ]);
    // The tree may have been rebuilt by an edit meanwhile; a reveal that misses is harmless.
    if (node) await view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };
}

import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { followEditor } from './followEditor';
import type { SessionsNode } from './nodes';
import { SessionsTree } from './sessionsTree';

export const sessionsViewId = 'exchangeLog.sessions';

export function registerSessionsView(ctx: Ctx): { tree: SessionsTree; view: vscode.TreeView<SessionsNode> } {
  const tree = new SessionsTree(ctx.models);
  const view = vscode.window.createTreeView(sessionsViewId, { treeDataProvider: tree, showCollapseAll: true });
  ctx.disposables.push(tree, view);
  followEditor(tree, view, ctx.models, ctx.disposables);
  const describe = () => {
    const summary = tree.shownUri ? ctx.models.summary(tree.shownUri) : undefined;
    view.description = summary ? vscode.workspace.asRelativePath(vscode.Uri.parse(summary.uri)) : undefined;
  };
  ctx.models.onDidChange(describe, undefined, ctx.disposables);
  return { tree, view };
}

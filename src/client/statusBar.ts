// Sessions, exchanges and problems of the active log; a click focuses the Sessions view.
import * as vscode from 'vscode';
import type { LogSummary } from '../shared/protocol';
import type { LogModels } from './logModels';
import type { SessionsTree } from './sessionsView/sessionsTree';

/** Errors and warnings counted apart, each by its own icon, as VS Code's Problems item does. */
export function statusText(summary: LogSummary): string {
  const { error, warning } = summary.problems;
  const counts = [error ? `$(error) ${error}` : '', warning ? `$(warning) ${warning}` : ''].filter(Boolean).join(' ') || '$(check)';
  return `$(list-tree) ${vscode.l10n.t('{0} sessions · {1} exchanges', summary.sessionCount, summary.exchangeCount)} ${counts}`;
}

export interface SummaryStatus {
  readonly item: vscode.StatusBarItem;
  visible(): boolean;
}

export function registerStatusBar(models: LogModels, tree: SessionsTree, disposables: vscode.Disposable[]): SummaryStatus {
  const item = vscode.window.createStatusBarItem('exchangeLog.summary', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Exchange Log');
  item.command = 'exchangeLog.focusSessions';
  disposables.push(item);
  let visible = false;
  const update = () => {
    const summary = tree.shownUri ? models.summary(tree.shownUri) : undefined;
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (!summary || active !== summary.uri) {
      item.hide();
      visible = false;
      return;
    }
    item.text = statusText(summary);
    const { error, warning, information } = summary.problems;
    item.tooltip = vscode.l10n.t('{0} sessions, {1} exchanges; {2} errors, {3} warnings, {4} notes. Click to show the Sessions view.',
      summary.sessionCount, summary.exchangeCount, error, warning, information);
    item.show();
    visible = true;
  };
  models.onDidChange(update, undefined, disposables);
  tree.onDidChangeTreeData(update, undefined, disposables);
  vscode.window.onDidChangeActiveTextEditor(update, undefined, disposables);
  update();
  return { item, visible: () => visible };
}

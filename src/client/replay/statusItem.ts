// The active replay endpoint in the status bar while an exchange log is the active editor; a click picks it.
import * as vscode from 'vscode';
import { languageId } from '../../shared/protocol';
import { config } from '../config';
import type { ReplayFeature } from './feature';

export interface EndpointStatus {
  readonly item: vscode.StatusBarItem;
  visible(): boolean;
}

export function registerEndpointStatus(feature: ReplayFeature, disposables: vscode.Disposable[]): EndpointStatus {
  const item = vscode.window.createStatusBarItem('exchangeLog.replay.endpoint', vscode.StatusBarAlignment.Left, 49);
  item.name = vscode.l10n.t('Replay Endpoint');
  item.command = 'exchangeLog.replay.selectEndpoint';
  disposables.push(item);
  let visible = false;
  const update = () => {
    const isLog = vscode.window.activeTextEditor?.document.languageId === languageId;
    if (!isLog || !vscode.workspace.isTrusted) {
      item.hide();
      visible = false;
      return;
    }
    const endpoints = feature.endpoints();
    const active = endpoints.find((e) => e.name === config.replayActiveEndpoint());
    item.text = `$(debug-start) ${active?.name ?? (endpoints.length === 0 ? vscode.l10n.t('No replay endpoint') : vscode.l10n.t('Replay endpoint…'))}`;
    item.tooltip = active
      ? vscode.l10n.t('Requests are replayed against "{0}" ({1}). Click to select another endpoint.', active.name, active.baseUrl)
      : vscode.l10n.t('Click to select the endpoint replays are sent to.');
    item.show();
    visible = true;
  };
  vscode.window.onDidChangeActiveTextEditor(update, undefined, disposables);
  vscode.workspace.onDidOpenTextDocument(update, undefined, disposables);
  vscode.workspace.onDidGrantWorkspaceTrust(update, undefined, disposables);
  vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('exchangeLog.replay')) update();
  }, undefined, disposables);
  update();
  return { item, visible: () => visible };
}

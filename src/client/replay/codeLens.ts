// "▶ Replay" and "Copy as cURL" above each request row of an exchange log, from the models the server
// already computed (the log is not parsed again here).
import * as vscode from 'vscode';
import { languageId } from '../../shared/protocol';
import type { Ctx } from '../ctx';
import { exchangesNewestFirst } from './targets';

export class ReplayCodeLenses implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly ctx: Ctx) {
    const changed = new vscode.EventEmitter<void>();
    ctx.disposables.push(changed, ctx.models.onDidChange(() => changed.fire()), vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()));
    this.onDidChangeCodeLenses = changed.event;
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const uri = document.uri.toString();
    const summary = this.ctx.models.summary(uri);
    if (!summary || summary.version !== document.version) return [];
    const exchanges = await exchangesNewestFirst(this.ctx, uri);
    if (token.isCancellationRequested) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const exchange of exchanges) {
      if (!exchange.request || exchange.request.payloadStatus !== 'json') continue;
      const { start } = exchange.request.eventRange;
      const range = new vscode.Range(start.line, 0, start.line, 0);
      const args = { uri, exchangeId: exchange.id };
      if (vscode.workspace.isTrusted) {
        lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('▶ Replay'), command: 'exchangeLog.replay.request', arguments: [args], tooltip: vscode.l10n.t('Send this request again to the replay endpoint') }));
      }
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Copy as cURL'), command: 'exchangeLog.replay.copyAsCurl', arguments: [args] }));
    }
    return lenses;
  }
}

export function registerCodeLenses(ctx: Ctx): ReplayCodeLenses {
  const provider = new ReplayCodeLenses(ctx);
  ctx.disposables.push(vscode.languages.registerCodeLensProvider({ language: languageId }, provider));
  return provider;
}

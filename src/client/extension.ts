import * as vscode from 'vscode';
import { languageId } from '../shared/protocol';
import { commandTable, registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerLanguageDetection } from './languageDetection';
import { registerReplay } from './replay/register';
import { registerSessionsView } from './sessionsView/register';
import { registerStatusBar } from './statusBar';
import { createApi, type ExchangeLogApi } from './testApi';

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): ExchangeLogApi {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx, commandTable);
  registerLanguageDetection(ctx.disposables);
  const { tree, view } = registerSessionsView(ctx);
  const status = registerStatusBar(ctx.models, tree, ctx.disposables);
  registerReplay(ctx, tree);

  // The server starts only once an exchange log is open.
  const startIfLog = (document: vscode.TextDocument) => {
    if (document.languageId === languageId && ctx && !ctx.isStarted) void ctx.client();
  };
  vscode.workspace.onDidOpenTextDocument(startIfLog, undefined, ctx.disposables);
  vscode.workspace.textDocuments.forEach(startIfLog);

  return createApi(ctx, tree, view, status);
}

export function deactivate(): void {
  ctx?.dispose();
  ctx = undefined;
}

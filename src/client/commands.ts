// The command table: every command the extension contributes, each taking explicit arguments so
// keybindings, menus, tests and other extensions can drive it.
import * as vscode from 'vscode';
import { languageId, ReloadSchemasNotification, type Range } from '../shared/protocol';
import type { Ctx } from './ctx';
import { markProgrammaticSelection } from './programmaticSelection';

type Handler = (ctx: Ctx, ...args: any[]) => unknown;

function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function documentUri(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  return vscode.window.activeTextEditor?.document.uri;
}

export async function showRange(uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  markProgrammaticSelection(editor);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export const commandTable: Record<string, Handler> = {
  /** Switches a document (the active one by default) to the exchange-log language. */
  'exchangeLog.openAsExchangeLog': async (_ctx, uri?: vscode.Uri | string) => {
    const target = documentUri(uri);
    if (!target) return undefined;
    const document = await vscode.workspace.openTextDocument(target);
    const switched = await vscode.languages.setTextDocumentLanguage(document, languageId);
    await vscode.window.showTextDocument(switched);
    return switched.languageId;
  },
  /** Opens a log file chosen in a dialog as an exchange log. */
  'exchangeLog.openLogFile': async (ctx) => {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: vscode.l10n.t('Open Exchange Log'),
      filters: { [vscode.l10n.t('Exchange logs')]: ['exlog', 'log', 'txt', 'md'], [vscode.l10n.t('All files')]: ['*'] },
    });
    if (!picked?.[0]) return undefined;
    return commandTable['exchangeLog.openAsExchangeLog']!(ctx, picked[0]);
  },
  /** Selects a range of a log in the editor (the Sessions view's click). */
  'exchangeLog.revealRange': (_ctx, uri: vscode.Uri | string, range: Range) => {
    const target = documentUri(uri);
    return target ? showRange(target, toVscodeRange(range)) : undefined;
  },
  /** Selects line N (0-based, as in the API) of a log. */
  'exchangeLog.revealLine': (_ctx, uri: vscode.Uri | string, line: number) => {
    const target = documentUri(uri);
    return target ? showRange(target, new vscode.Range(line, 0, line, 0)) : undefined;
  },
  'exchangeLog.focusSessions': () => vscode.commands.executeCommand('exchangeLog.sessions.focus'),
  'exchangeLog.refreshSessions': async (ctx) => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return uri ? ctx.models.refresh(uri) : undefined;
  },
  'exchangeLog.reloadSchemas': async (ctx) => {
    const client = await ctx.client();
    await client.sendNotification(ReloadSchemasNotification.method);
    ctx.output.info('Schemas reloaded on request.');
  },
};

export function registerCommands(ctx: Ctx, table: Record<string, Handler>): void {
  for (const [id, handler] of Object.entries(table)) {
    ctx.disposables.push(vscode.commands.registerCommand(id, (...args: unknown[]) => handler(ctx, ...args)));
  }
}

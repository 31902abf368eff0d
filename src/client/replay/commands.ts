// The replay commands. Each takes explicit arguments (see `ReplayArgs`), a Sessions tree node, or the
// editor's Uri, and never throws at the user: errors go to the output channel.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { compareCommand, showResultCommand } from './compareCommand';
import { deleteCredentialCommand, setCredentialCommand, type CredentialArgs } from './credentialCommands';
import { selectEndpoint } from './endpointPicker';
import { copyCurlCommand, dryRunCommand, exportHttpCommand } from './exportCommands';
import type { ReplayFeature } from './feature';
import { replayCommand } from './replayRunner';
import { logUriOf, targetOf } from './targets';

type ReplayHandler = (feature: ReplayFeature, raw: unknown) => Promise<unknown>;

export const replayCommands: Record<string, ReplayHandler> = {
  'exchangeLog.replay.request': (feature, raw) => replayCommand(feature, targetOf(raw)),
  'exchangeLog.replay.dryRun': (feature, raw) => dryRunCommand(feature, targetOf(raw)),
  'exchangeLog.replay.copyAsCurl': (feature, raw) => copyCurlCommand(feature, targetOf(raw)),
  'exchangeLog.replay.exportHttp': (feature, raw) => exportHttpCommand(feature, targetOf(raw)),
  'exchangeLog.replay.compare': (feature, raw) => compareCommand(feature, targetOf(raw)),
  'exchangeLog.replay.showResult': (feature, raw) => showResultCommand(feature, targetOf(raw)),
  'exchangeLog.replay.clearReplays': async (feature) => {
    feature.documents.clear();
    return feature.store.clear();
  },
  'exchangeLog.replay.selectEndpoint': async (feature, raw) => {
    const name = typeof raw === 'object' && raw !== null && 'name' in raw ? String((raw as { name: unknown }).name) : undefined;
    return selectEndpoint(feature, await shopAtCursor(feature.ctx), name);
  },
  'exchangeLog.replay.setCredential': (feature, raw) => setCredentialCommand(feature, credentialArgs(raw)),
  'exchangeLog.replay.deleteCredential': (feature, raw) => deleteCredentialCommand(feature, credentialArgs(raw)),
};

export function registerReplayCommands(feature: ReplayFeature): void {
  for (const [id, handler] of Object.entries(replayCommands)) {
    feature.ctx.disposables.push(vscode.commands.registerCommand(id, async (raw?: unknown) => {
      try {
        return await handler(feature, raw);
      } catch (error) {
        feature.log.error(`${id} failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The command failed: see the Exchange Log output.'));
        return undefined;
      }
    }));
  }
}

function credentialArgs(raw: unknown): CredentialArgs {
  return typeof raw === 'object' && raw !== null && !(raw instanceof vscode.Uri) ? (raw as CredentialArgs) : {};
}

/** The shop of the exchange under the cursor of the active log, to list its endpoints first. */
async function shopAtCursor(ctx: Ctx): Promise<string | undefined> {
  const uri = logUriOf({});
  const editor = vscode.window.activeTextEditor;
  if (!uri || !editor) return undefined;
  const location = await ctx.models.locate(uri, editor.selection.active).catch(() => null);
  return location?.shopId ?? ctx.models.summary(uri)?.shops[0]?.id;
}

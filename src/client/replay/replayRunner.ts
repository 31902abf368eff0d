// "Replay Request": from a target to a replay, with the progress notification, the result document and
// the summary notification. Returns what automation needs; never throws.
import * as vscode from 'vscode';
import { explainUntrusted, untrustedFailure } from './trust';
import { endpointFor } from './endpointPicker';
import type { ReplayFeature } from './feature';
import { replayUris } from './resultDocuments';
import { type ReplayRun, runReplay } from './replayService';
import { type CommandTarget, resolveExchange } from './targets';
import type { ReplayCommandResult, ReplayFailureInfo, ReplayRecord } from './types';

export async function replayCommand(feature: ReplayFeature, target: CommandTarget): Promise<ReplayCommandResult> {
  const interactive = target.show !== false;
  const refused = untrustedFailure();
  if (refused) {
    feature.log.warn(refused.message);
    if (interactive) explainUntrusted(refused);
    return failedResult(refused);
  }
  const run = await replayTarget(feature, target, interactive);
  if (!run.sent) {
    feature.log.info(`Replay not sent (${run.failure.kind}): ${run.failure.message}`);
    if (interactive) explainNotSent(run.failure);
    return failedResult(run.failure);
  }
  const { record } = run;
  if (interactive) void presentRecord(record);
  return resultOf(record);
}

/** Resolves, sends and records one replay. */
export async function replayTarget(feature: ReplayFeature, target: CommandTarget, interactive: boolean): Promise<ReplayRun> {
  const exchange = await resolveExchange(feature.ctx, target, interactive);
  if (!exchange.ok) return { sent: false, failure: exchange.failure };
  const { uri, detail } = exchange.value;
  const shop = detail.request?.shop ?? detail.exchange.shop;
  const endpoint = await endpointFor(feature, shop, target.endpoint, interactive);
  if (!endpoint.ok) return { sent: false, failure: endpoint.failure };

  const controller = new AbortController();
  feature.running.add(controller);
  try {
    const protocol = feature.ctx.models.summary(uri)?.shops.find((s) => s.id === shop)?.protocol;
    const work = () => runReplay(
      { uri, detail, endpoint: endpoint.value, ...(protocol ? { protocol } : {}), ignore: feature.ignoreFields(), callerConfirmed: target.confirm === true, signal: controller.signal },
      { credentials: feature.credentials, prompt: () => feature.prompt, output: feature.log, nextId: () => feature.store.nextId(), sending: interactive ? withProgress(controller) : undefined },
    );
    const run = await work();
    if (run.sent) {
      feature.store.add(run.record);
      feature.documents.addRecord(run.record);
    }
    return run;
  } catch (error) {
    // runReplay does not throw; this is the last guard so a command never throws at the user.
    feature.log.error(`Replay failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    return { sent: false, failure: { kind: 'other', message: vscode.l10n.t('The replay failed unexpectedly: see the Exchange Log output.') } };
  } finally {
    feature.running.delete(controller);
  }
}

/** Runs the sending phase under a cancellable progress notification; Cancel aborts the HTTP request. */
function withProgress(controller: AbortController) {
  return <T>(title: string, work: () => Promise<T>): Promise<T> =>
    Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const listener = token.onCancellationRequested(() => controller.abort());
      return work().finally(() => listener.dispose());
    }));
}

export async function presentRecord(record: ReplayRecord): Promise<void> {
  const resultUri = replayUris.result(record);
  await vscode.window.showTextDocument(resultUri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  const compare = vscode.l10n.t('Compare');
  const show = vscode.l10n.t('Show Result');
  const message = vscode.l10n.t('Replay of {0} against "{1}": {2}', record.type, record.endpoint, record.summary);
  const answer = record.failure
    ? await vscode.window.showErrorMessage(message, show)
    : await vscode.window.showInformationMessage(message, ...(record.differences ? [compare] : []), show);
  if (answer === compare) await vscode.commands.executeCommand('exchangeLog.replay.compare', { replayId: record.id });
  if (answer === show) await vscode.window.showTextDocument(resultUri, { preview: false });
}

function explainNotSent(failure: ReplayFailureInfo): void {
  if (failure.kind === 'cancelled' || failure.kind === 'declined') return;
  if (failure.kind === 'missing-secret') {
    const set = vscode.l10n.t('Set Replay Credential');
    void vscode.window.showWarningMessage(failure.message, set).then((answer) => {
      if (answer === set) void vscode.commands.executeCommand('exchangeLog.replay.setCredential');
    });
    return;
  }
  if (failure.kind === 'no-endpoint') {
    const open = vscode.l10n.t('Open Settings');
    void vscode.window.showWarningMessage(failure.message, open).then((answer) => {
      if (answer === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'exchangeLog.replay.endpoints');
    });
    return;
  }
  void vscode.window.showWarningMessage(failure.message);
}

export function failedResult(failure: ReplayFailureInfo): ReplayCommandResult {
  return { ok: false, summary: failure.message, failure };
}

export function resultOf(record: ReplayRecord): ReplayCommandResult {
  const { response } = record;
  return {
    ok: record.failure === undefined,
    ...(response ? { status: response.status, bodyText: response.bodyText } : {}),
    ...(response?.bodyJson !== undefined ? { body: response.bodyJson } : {}),
    durationMs: record.durationMs,
    ...(record.differences ? { differences: record.differences } : {}),
    summary: record.summary,
    ...(record.failure ? { failure: record.failure } : {}),
    replayId: record.id,
    resultUri: replayUris.result(record).toString(),
    request: { ...record.request, endpoint: record.endpoint },
  };
}

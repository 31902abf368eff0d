// "Compare with Logged Response": VS Code's diff editor, logged body (left) and replayed body (right),
// both pretty-printed with keys sorted (the log's key order is not the wire order).
import * as vscode from 'vscode';
import type { ReplayFeature } from './feature';
import { replayUris } from './resultDocuments';
import { failedResult, replayCommand } from './replayRunner';
import { type CommandTarget, resolveExchange } from './targets';
import type { ReplayCommandResult, ReplayRecord } from './types';

export interface CompareResult {
  readonly ok: boolean;
  readonly left?: string;
  readonly right?: string;
  readonly replayId?: string;
  readonly message?: string;
}

/** The replay to compare: the one named, else the newest of the exchange; replays it first when there is none. */
export async function compareCommand(feature: ReplayFeature, target: CommandTarget): Promise<CompareResult> {
  let record = target.replayId !== undefined ? feature.store.get(target.replayId) : undefined;
  if (!record && target.replayId === undefined) {
    const exchange = await resolveExchange(feature.ctx, target, target.show !== false, vscode.l10n.t('Compare with Logged Response'));
    if (!exchange.ok) return notCompared(exchange.failure.message, target);
    record = feature.store.of(exchange.value.uri, exchange.value.detail.exchange.id)[0];
    if (!record) {
      const replayed: ReplayCommandResult = await replayCommand(feature, { ...target, uri: exchange.value.uri, exchangeId: exchange.value.detail.exchange.id, show: false });
      record = replayed.replayId !== undefined ? feature.store.get(replayed.replayId) : undefined;
      if (!record) return notCompared(replayed.summary, target);
    }
  }
  if (!record) return notCompared(vscode.l10n.t('That replay is no longer available.'), target);
  return openDiff(record);
}

export async function openDiff(record: ReplayRecord): Promise<CompareResult> {
  const left = replayUris.logged(record);
  const right = replayUris.replayed(record);
  const title = vscode.l10n.t('{0} (shop {1}): logged ↔ replayed on "{2}" #{3}', record.type, record.shop, record.endpoint, record.id);
  await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });
  return { ok: true, left: left.toString(), right: right.toString(), replayId: record.id };
}

function notCompared(message: string, target: CommandTarget): CompareResult {
  if (target.show !== false && message !== '') void vscode.window.showWarningMessage(message);
  return { ok: false, message: failedResult({ kind: 'other', message }).summary };
}

export async function showResultCommand(feature: ReplayFeature, target: CommandTarget): Promise<string | undefined> {
  const record = target.replayId !== undefined ? feature.store.get(target.replayId) : feature.store.all().at(-1);
  if (!record) return undefined;
  const uri = replayUris.result(record);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri.toString();
}

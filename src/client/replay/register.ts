// Wires the replay feature: commands, result documents, CodeLens, status bar item, Sessions tree "Replays".
import * as vscode from 'vscode';
import type { ReplayListItem } from '../sessionsView/nodes';
import type { SessionsTree } from '../sessionsView/sessionsTree';
import type { Ctx } from '../ctx';
import { createReplayApi, type ReplayApi } from './api';
import { registerCodeLenses } from './codeLens';
import { registerReplayCommands } from './commands';
import { ReplayFeature } from './feature';
import { replayScheme } from './resultDocuments';
import { registerEndpointStatus } from './statusItem';
import type { ReplayRecord } from './types';

export function registerReplay(ctx: Ctx, tree: SessionsTree): ReplayApi {
  const feature = new ReplayFeature(ctx);
  ctx.disposables.push(feature, vscode.workspace.registerTextDocumentContentProvider(replayScheme, feature.documents));
  registerReplayCommands(feature);
  registerCodeLenses(ctx);
  const status = registerEndpointStatus(feature, ctx.disposables);
  feature.store.onDidChange(() => void vscode.commands.executeCommand('setContext', 'exchangeLog.replay.hasReplays', feature.store.all().length > 0), undefined, ctx.disposables);
  tree.setReplaySource({
    of: (uri, exchangeId) => feature.store.of(uri, exchangeId).map(listItemOf),
    onDidChange: feature.store.onDidChange,
  });
  return createReplayApi(feature, status);
}

function listItemOf(record: ReplayRecord): ReplayListItem {
  const head = record.response ? `${record.response.status} ${record.response.statusText}`.trim() : vscode.l10n.t('failed');
  const outcome = record.failure ? 'failed' : record.differences === undefined ? 'not-compared' : record.differences.equal ? 'equal' : 'different';
  return {
    id: record.id,
    label: `#${record.id} · ${head} · ${record.durationMs} ms`,
    description: `${record.endpoint} · ${record.failure ? record.failure.kind : record.comparison}`,
    tooltip: `${record.request.method} ${record.request.url}\n${record.startedAt.toLocaleTimeString()}\n${record.summary}`,
    outcome,
  };
}

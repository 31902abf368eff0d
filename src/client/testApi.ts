// What activate() returns: a small API for tests and other extensions to read what the user sees.
import * as vscode from 'vscode';
import type { LogSummary } from '../shared/protocol';
import type { Ctx } from './ctx';
import { replayApiOf, type ReplayApi } from './replay/api';
import type { SummaryStatus } from './statusBar';
import type { SessionsNode } from './sessionsView/nodes';
import type { SessionsTree } from './sessionsView/sessionsTree';

export interface ExchangeLogApi {
  /** The summary of a log once the server analysed at least `minVersion` of it. */
  summary(uri: vscode.Uri, minVersion?: number): Promise<LogSummary>;
  readonly sessions: {
    readonly view: vscode.TreeView<SessionsNode>;
    /** The URI of the log the Sessions view shows. */
    shownUri(): string | undefined;
    children(node?: SessionsNode): Promise<SessionsNode[]>;
    item(node: SessionsNode): vscode.TreeItem;
  };
  statusBar(): { text: string; visible: boolean; command?: string };
  /** The replay feature (consent prompt hook, records, endpoint status); absent if it failed to register. */
  readonly replay: ReplayApi | undefined;
}

export function createApi(ctx: Ctx, tree: SessionsTree, view: vscode.TreeView<SessionsNode>, status: SummaryStatus): ExchangeLogApi {
  return {
    summary: (uri, minVersion = 0) => waitForSummary(ctx, uri.toString(), minVersion),
    sessions: {
      view,
      shownUri: () => tree.shownUri,
      children: (node) => Promise.resolve(tree.getChildren(node)),
      item: (node) => tree.getTreeItem(node),
    },
    statusBar: () => ({ text: status.item.text, visible: status.visible(), command: typeof status.item.command === 'string' ? status.item.command : status.item.command?.command }),
    get replay() {
      return replayApiOf(ctx);
    },
  };
}

async function waitForSummary(ctx: Ctx, uri: string, minVersion: number): Promise<LogSummary> {
  await ctx.client();
  const known = ctx.models.summary(uri);
  if (known && known.version >= minVersion) return known;
  return new Promise((resolve) => {
    const listener = ctx.models.onDidChange(({ uri: changed, summary }) => {
      if (changed === uri && summary.version >= minVersion) {
        listener.dispose();
        resolve(summary);
      }
    });
    // The server may have analysed it before we listened: ask once.
    void ctx.models.refresh(uri).then((summary) => {
      if (summary && summary.version >= minVersion) {
        listener.dispose();
        resolve(summary);
      }
    });
  });
}

// The Sessions view's data: shops → sessions → exchanges → request / response of the active log.
import * as vscode from 'vscode';
import type { LogModels } from '../logModels';
import type { LogSummary } from '../../shared/protocol';
import { nodeIds, type ExchangeNode, type MessageNode, type ReplayListItem, type ReplayNode, type ReplaysNode, type SessionNode, type SessionsNode, type ShopNode } from './nodes';
import { treeItemOf } from './treeItems';

/** The replays of this window, by exchange (the replay feature provides it). */
export interface ReplaySource {
  of(uri: string, exchangeId: string): readonly ReplayListItem[];
  readonly onDidChange: vscode.Event<{ readonly uri: string; readonly exchangeId: string }>;
}

export class SessionsTree implements vscode.TreeDataProvider<SessionsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SessionsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private uri: string | undefined;
  /** Nodes by id for the shown summary, so reveal and getParent hand out the same objects. */
  private nodes = new Map<string, SessionsNode>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private replays: ReplaySource | undefined;

  constructor(private readonly models: LogModels) {
    models.onDidChange(({ uri }) => {
      if (uri === this.uri) this.reset();
    }, undefined, this.disposables);
  }

  /** Shows each exchange's replays as a "Replays" child. */
  setReplaySource(source: ReplaySource): void {
    this.replays = source;
    source.onDidChange(({ uri, exchangeId }) => {
      if (uri !== this.uri) return;
      const node = this.nodes.get(nodeIds.exchange(exchangeId));
      if (node) this.changed.fire(node);
    }, undefined, this.disposables);
  }

  get shownUri(): string | undefined {
    return this.uri;
  }

  show(uri: string | undefined): void {
    if (uri === this.uri) return;
    this.uri = uri;
    this.reset();
    if (uri && !this.models.summary(uri)) void this.models.refresh(uri);
  }

  private reset(): void {
    this.nodes = new Map();
    this.changed.fire(undefined);
  }

  private summary(): LogSummary | undefined {
    return this.uri ? this.models.summary(this.uri) : undefined;
  }

  private remember<T extends SessionsNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }

  getTreeItem(node: SessionsNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  async getChildren(node?: SessionsNode): Promise<SessionsNode[]> {
    const summary = this.summary();
    const uri = this.uri;
    if (!summary || !uri) return [];
    if (!node) {
      return summary.shops.map((shop) => this.remember<ShopNode>({ kind: 'shop', id: nodeIds.shop(shop.id), uri, shop }));
    }
    if (node.kind === 'shop') {
      return node.shop.sessions.map((session) =>
        this.remember<SessionNode>({ kind: 'session', id: nodeIds.session(session.id), uri, shopId: node.shop.id, session }));
    }
    if (node.kind === 'session') {
      const exchanges = await this.models.exchangesOf(uri, node.session.id);
      return exchanges.map((exchange) =>
        this.remember<ExchangeNode>({ kind: 'exchange', id: nodeIds.exchange(exchange.id), uri, shopId: node.shopId, sessionId: node.session.id, exchange }));
    }
    if (node.kind === 'exchange') {
      const parts = (['request', 'response'] as const).flatMap((part) => {
        const entry = node.exchange[part];
        return entry ? [this.remember<MessageNode>({ kind: 'message', id: nodeIds.message(node.exchange.id, part), uri, shopId: node.shopId, sessionId: node.sessionId, exchange: node.exchange, part, entry })] : [];
      });
      const replays = this.replays?.of(uri, node.exchange.id) ?? [];
      if (replays.length === 0) return parts;
      return [...parts, this.remember<ReplaysNode>({ kind: 'replays', id: nodeIds.replays(node.exchange.id), uri, shopId: node.shopId, sessionId: node.sessionId, exchange: node.exchange, count: replays.length })];
    }
    if (node.kind === 'replays') {
      return (this.replays?.of(uri, node.exchange.id) ?? []).map((replay) =>
        this.remember<ReplayNode>({ kind: 'replay', id: nodeIds.replay(replay.id), uri, shopId: node.shopId, sessionId: node.sessionId, exchange: node.exchange, replayId: replay.id, replay }));
    }
    return [];
  }

  getParent(node: SessionsNode): SessionsNode | undefined {
    if (node.kind === 'shop') return undefined;
    if (node.kind === 'session') return this.nodes.get(nodeIds.shop(node.shopId));
    if (node.kind === 'exchange') return this.nodes.get(nodeIds.session(node.sessionId));
    if (node.kind === 'replay') return this.nodes.get(nodeIds.replays(node.exchange.id));
    return this.nodes.get(nodeIds.exchange(node.exchange.id));
  }

  /** Finds (loading children on the way) the node with this id under the shown log. */
  async find(path: readonly string[]): Promise<SessionsNode | undefined> {
    let found: SessionsNode | undefined;
    for (const id of path) {
      const children = await this.getChildren(found);
      found = children.find((child) => child.id === id);
      if (!found) return undefined;
    }
    return found;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

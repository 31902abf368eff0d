// Every replay of this window, by exchange, for the Sessions tree ("Replays") and the result documents.
// Kept in memory only: nothing is written to the log or to disk.
import * as vscode from 'vscode';
import type { ReplayRecord } from './types';

export interface ReplaysChanged {
  readonly uri: string;
  readonly exchangeId: string;
}

export class ReplayStore implements vscode.Disposable {
  private readonly byId = new Map<string, ReplayRecord>();
  private readonly changed = new vscode.EventEmitter<ReplaysChanged>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  nextId(): string {
    return String(++this.counter);
  }

  add(record: ReplayRecord): void {
    this.byId.set(record.id, record);
    this.changed.fire({ uri: record.uri, exchangeId: record.exchangeId });
  }

  get(id: string): ReplayRecord | undefined {
    return this.byId.get(id);
  }

  /** Newest first. */
  of(uri: string, exchangeId: string): ReplayRecord[] {
    return [...this.byId.values()].filter((r) => r.uri === uri && r.exchangeId === exchangeId).reverse();
  }

  /** Forgets every replay (the "Clear Replays" command); their documents say they are gone. */
  clear(): number {
    const cleared = [...this.byId.values()];
    this.byId.clear();
    const exchanges = new Map(cleared.map((r) => [`${r.uri}\n${r.exchangeId}`, { uri: r.uri, exchangeId: r.exchangeId }]));
    for (const changed of exchanges.values()) this.changed.fire(changed);
    return cleared.length;
  }

  all(): ReplayRecord[] {
    return [...this.byId.values()];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

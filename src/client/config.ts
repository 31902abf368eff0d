// The only reader of the extension's settings on the client side.
import * as vscode from 'vscode';

export const section = 'exchangeLog';

function get<T>(key: string, fallback: T, scope?: vscode.ConfigurationScope): T {
  return vscode.workspace.getConfiguration(section, scope).get<T>(key, fallback);
}

export const config = {
  detectByContent: (scope?: vscode.ConfigurationScope) => get('detectByContent', true, scope),
  followCursor: () => get('sessions.followCursor', true),
  serverTrace: () => get<'off' | 'messages' | 'verbose'>('trace.server', 'off'),
  /** Raw `replay.endpoints` entries; `replay/endpoints.ts` checks them. */
  replayEndpoints: (): unknown => get<unknown>('replay.endpoints', []),
  replayActiveEndpoint: () => get<string>('replay.activeEndpoint', ''),
  replayIgnoreFields: (): unknown => get<unknown>('replay.ignoreFields', []),
  /** Remembers the picked endpoint in the workspace settings (the user settings when no folder is open). */
  setReplayActiveEndpoint: (name: string) =>
    vscode.workspace.getConfiguration(section).update('replay.activeEndpoint', name,
      vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global),
  onDidChange(listener: (event: vscode.ConfigurationChangeEvent) => void, disposables: vscode.Disposable[]): void {
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(section)) listener(event);
    }, undefined, disposables);
  },
};

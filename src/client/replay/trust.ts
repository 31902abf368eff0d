// Replay sends requests to servers, so it is off in Restricted Mode (Workspace Trust).
import * as vscode from 'vscode';
import type { ReplayFailureInfo } from './types';

export function untrustedFailure(): ReplayFailureInfo | undefined {
  if (vscode.workspace.isTrusted) return undefined;
  return {
    kind: 'untrusted',
    message: vscode.l10n.t('Replay is disabled in Restricted Mode: this workspace is not trusted, and a replay sends requests to servers named in its settings. Trust the workspace to replay.'),
  };
}

export function explainUntrusted(failure: ReplayFailureInfo): void {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(failure.message, manage).then((answer) => {
    if (answer === manage) void vscode.commands.executeCommand('workbench.trust.manage');
  });
}

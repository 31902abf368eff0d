// "Set Replay Credential" and "Delete Replay Credential". The value is asked in a password box and
// goes straight to SecretStorage; only its name is ever shown or logged.
import * as vscode from 'vscode';
import { secretNames } from '../../core/replay/secrets';
import { secretNamePattern } from './credentials';
import type { ReplayFeature } from './feature';

export interface CredentialArgs {
  readonly name?: string;
  /** For automation and tests; interactive use asks in a password box. */
  readonly value?: string;
}

/** Credential names the endpoints' headers refer to that are not stored yet, in settings order. */
function missingNames(feature: ReplayFeature): string[] {
  const stored = new Set(feature.credentials.names());
  const referenced = feature.endpoints().flatMap((endpoint) => Object.values(endpoint.headers ?? {}).flatMap((value) => secretNames(value)));
  return [...new Set(referenced)].filter((name) => !stored.has(name));
}

export async function setCredentialCommand(feature: ReplayFeature, args: CredentialArgs = {}): Promise<string | undefined> {
  const missing = missingNames(feature);
  const name = args.name ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Set Replay Credential'),
    prompt: missing.length > 0
      ? vscode.l10n.t('Name of the credential; endpoint headers refer to these, not set yet: {0}', missing.join(', '))
      : vscode.l10n.t('Name of the credential, as endpoint headers refer to it: {0}', '${secret:NAME}'),
    value: missing[0],
    placeHolder: 'TOKEN',
    ignoreFocusOut: true,
    validateInput: (text) => (secretNamePattern.test(text) ? undefined : vscode.l10n.t('Letters, digits, "_", "-" and "." only.')),
  }));
  if (name === undefined) return undefined;
  if (!secretNamePattern.test(name)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('"{0}" is not a valid credential name: letters, digits, "_", "-" and "." only.', name));
    return undefined;
  }
  const value = args.value ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Set Replay Credential'),
    prompt: vscode.l10n.t('Value of {0} (kept in the system keychain, never in settings)', name),
    password: true,
    ignoreFocusOut: true,
  }));
  if (value === undefined) return undefined;
  await feature.credentials.set(name, value);
  feature.log.info(`Replay credential ${name} stored in SecretStorage.`);
  if (args.value === undefined) void vscode.window.showInformationMessage(vscode.l10n.t('Credential {0} stored. Refer to it in an endpoint header as {1}.', name, `\${secret:${name}}`));
  return name;
}

export async function deleteCredentialCommand(feature: ReplayFeature, args: CredentialArgs = {}): Promise<string | undefined> {
  let name = args.name;
  if (name === undefined) {
    const names = feature.credentials.names();
    if (names.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No replay credential is stored.'));
      return undefined;
    }
    name = await vscode.window.showQuickPick(names, { title: vscode.l10n.t('Delete Replay Credential') });
    if (name === undefined) return undefined;
  }
  await feature.credentials.delete(name);
  feature.log.info(`Replay credential ${name} deleted from SecretStorage.`);
  return name;
}

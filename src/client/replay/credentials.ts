// Replay credentials in VS Code's SecretStorage (the OS keychain). Endpoint headers refer to them as
// `${secret:NAME}`; their values never go to settings, the output channel, documents or exports.
// SecretStorage cannot list its keys (VS Code 1.100), so the names (never the values) live in globalState.
import * as vscode from 'vscode';
import { secretNames } from '../../core/replay/secrets';

const keyPrefix = 'exchangeLog.replay.secret.';
const namesKey = 'exchangeLog.replay.secretNames';
export const secretNamePattern = /^[A-Za-z0-9_.-]+$/;

export class CredentialStore {
  constructor(private readonly context: vscode.ExtensionContext) {}

  names(): string[] {
    return this.context.globalState.get<string[]>(namesKey, []);
  }

  async set(name: string, value: string): Promise<void> {
    await this.context.secrets.store(keyPrefix + name, value);
    const names = new Set(this.names()).add(name);
    await this.context.globalState.update(namesKey, [...names].sort());
  }

  async delete(name: string): Promise<void> {
    await this.context.secrets.delete(keyPrefix + name);
    await this.context.globalState.update(namesKey, this.names().filter((n) => n !== name));
  }

  /** The values of every secret the headers refer to (missing ones are absent from the map). */
  async valuesFor(headers: Readonly<Record<string, string>>): Promise<Map<string, string>> {
    const wanted = new Set(Object.values(headers).flatMap(secretNames));
    const values = new Map<string, string>();
    for (const name of wanted) {
      const value = await this.context.secrets.get(keyPrefix + name);
      if (value !== undefined) values.set(name, value);
    }
    return values;
  }
}

// Schema validation and cross-message rules as the server runs them, with the hover and
// go-to-definition they make possible. The user's schema files are loaded from here.
import type { Connection, Definition, Hover, Position } from 'vscode-languageserver';
import type { Checker } from '../core/analyze';
import { createSchemaValidator } from '../core/schema/validator';
import type { SchemaValidator } from '../core/schema/types';
import { standardCheckers } from '../core/validation/standardCheckers';
import type { Locale } from '../shared/labels';
import { ReloadSchemasNotification } from '../shared/protocol';
import type { ServerSettings } from '../shared/settings';
import { definitionAt } from './definition';
import { hoverAt } from './hover';
import type { DocumentState } from './state';
import { loadUserSchemas } from './userSchemas';

export class Checks {
  private readonly listeners: (() => void)[] = [];
  private folders: readonly string[] = [];
  private validator: SchemaValidator = createSchemaValidator();
  private schemaFiles = new Set<string>();
  private schemaSettings = '{}';
  private settings: ServerSettings | undefined;
  private memo?: { readonly validator: SchemaValidator; readonly slowResponseMs: number; readonly checkers: Checker[] };

  constructor(private readonly connection: Connection) {
    connection.onNotification(ReloadSchemasNotification.method, () => void this.reload(true));
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((change) => this.schemaFiles.has(change.uri))) void this.reload(true);
    });
  }

  setWorkspace(folders: readonly string[]): void {
    this.folders = folders;
  }

  /** Takes new settings; reloads the user's schemas when their setting changed. */
  async configure(settings: ServerSettings): Promise<void> {
    this.settings = settings;
    const schemaSettings = JSON.stringify(settings.validation.schemas);
    if (schemaSettings !== this.schemaSettings) {
      this.schemaSettings = schemaSettings;
      await this.reload(false);
    }
  }

  private async reload(notify: boolean): Promise<void> {
    const schemas = this.settings?.validation.schemas ?? {};
    const loaded = await loadUserSchemas(schemas, this.folders);
    this.schemaFiles = loaded.files;
    this.validator = createSchemaValidator({ extraSchemas: loaded.extraSchemas, overrides: loaded.overrides });
    const errors = [...loaded.errors, ...this.validator.loadErrors.map((e) => `${e.key ?? e.uri ?? ''}: ${e.message}`)];
    for (const error of errors) this.connection.console.warn(`Exchange Log: schema not used — ${error}`);
    if (errors.length > 0) void this.connection.window.showWarningMessage(`Exchange Log: ${errors.length} schema(s) could not be loaded; the built-in ones are used instead. See the Exchange Log output.`);
    else if (Object.keys(schemas).length > 0) this.connection.console.info(`Exchange Log: loaded ${loaded.files.size} schema file(s).`);
    if (notify) for (const listener of this.listeners) listener();
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The same checkers while the schemas and the threshold stay: an analysis re-uses the per-shop results of the same checkers only. */
  checkers(settings: ServerSettings): Checker[] {
    const slowResponseMs = settings.validation.slowResponseSeconds * 1000;
    const memo = this.memo;
    if (memo && memo.validator === this.validator && memo.slowResponseMs === slowResponseMs) return memo.checkers;
    const checkers = standardCheckers({ validator: this.validator, slowResponseMs });
    this.memo = { validator: this.validator, slowResponseMs, checkers };
    return checkers;
  }

  hover(state: DocumentState | undefined, position: Position, locale: Locale): Hover | null {
    return state ? hoverAt(state, position, locale) : null;
  }

  definition(state: DocumentState | undefined, position: Position): Definition | null {
    return state ? definitionAt(state, position) : null;
  }
}

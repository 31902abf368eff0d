// Loads the user's schemas named in `exchangeLog.validation.schemas`, and the files they `$ref`.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtraSchema } from '../core/schema/types';

export interface LoadedUserSchemas {
  readonly extraSchemas: ExtraSchema[];
  readonly overrides: Record<string, string>;
  /** Every file read, so a change to any of them reloads. */
  readonly files: Set<string>;
  readonly errors: string[];
}

function toFileUri(reference: string, folders: readonly string[]): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) && !/^[a-z]:[\\/]/i.test(reference)) return reference;
  if (path.isAbsolute(reference)) return pathToFileURL(reference).href;
  const base = folders[0] ? fileURLToPath(folders[0]) : process.cwd();
  return pathToFileURL(path.resolve(base, reference)).href;
}

/** Relative `$ref`s of a schema (to other files), resolved against its URI. */
function referencedFiles(schema: unknown, baseUri: string, found: Set<string>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) referencedFiles(item, baseUri, found);
  } else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) {
        const target = new URL(value, baseUri);
        target.hash = '';
        if (target.protocol === 'file:') found.add(target.href);
      } else {
        referencedFiles(value, baseUri, found);
      }
    }
  }
}

export async function loadUserSchemas(settings: Readonly<Record<string, string>>, folders: readonly string[]): Promise<LoadedUserSchemas> {
  const result: LoadedUserSchemas = { extraSchemas: [], overrides: {}, files: new Set(), errors: [] };
  const pending: string[] = [];
  for (const [key, reference] of Object.entries(settings)) {
    const uri = toFileUri(reference, folders);
    result.overrides[key] = uri;
    pending.push(uri);
  }
  while (pending.length > 0) {
    const uri = pending.pop()!;
    if (result.files.has(uri) || !uri.startsWith('file:')) continue;
    result.files.add(uri);
    try {
      const schema = JSON.parse(await readFile(fileURLToPath(uri), 'utf8')) as Record<string, unknown>;
      const id = typeof schema.$id === 'string' ? schema.$id : uri;
      result.extraSchemas.push({ uri: id, schema: { ...schema, $id: id } });
      if (id !== uri) {
        for (const [key, target] of Object.entries(result.overrides)) if (target === uri) result.overrides[key] = id;
      }
      const refs = new Set<string>();
      referencedFiles(schema, id.startsWith('file:') ? id : uri, refs);
      pending.push(...refs);
    } catch (error) {
      result.errors.push(`${fileURLToPath(uri)}: ${(error as Error).message}`);
      for (const [key, target] of Object.entries(result.overrides)) if (target === uri) delete result.overrides[key];
    }
  }
  return result;
}

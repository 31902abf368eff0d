// (c) vscode-json-languageservice validating the same payloads against the same schemas, the way VS
// Code's JSON extension would: one virtual document per payload, its schema chosen by file name
// (`*.bill.response.json`…), `$ref`s between the schemas served by the schema request service.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, TextDocument, type Diagnostic, type LanguageService } from 'vscode-json-languageservice';
import type { PayloadSample } from './measureCore';
import { measureAsync, type Repeat, type Timing } from './timing';

export interface JsonServiceResult {
  readonly timing: Timing;
  readonly payloads: number;
  readonly diagnostics: number;
  readonly firstDiagnostics: readonly string[];
}

function loadSchemas(dir: string): Map<string, string> {
  const byUri = new Map<string, string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    byUri.set((JSON.parse(text) as { $id: string }).$id, text);
  }
  return byUri;
}

export function createJsonService(schemaDir: string): LanguageService {
  const schemas = loadSchemas(schemaDir);
  const service = getLanguageService({
    schemaRequestService: (uri) => {
      const text = schemas.get(uri);
      return text === undefined ? Promise.reject(new Error(`no schema ${uri}`)) : Promise.resolve(text);
    },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  const messageSchemas = [...schemas.keys()].filter((uri) => /\/[a-z]+\.(request|response)\.json$/.test(uri));
  service.configure({
    validate: true,
    allowComments: false,
    schemas: messageSchemas.map((uri) => ({ uri, fileMatch: [`*.${path.basename(uri)}`] })),
  });
  return service;
}

function documentOf(payload: PayloadSample, i: number): TextDocument {
  return TextDocument.create(`file:///bench/${i}.${payload.type.toLowerCase()}.${payload.direction}.json`, 'json', 1, payload.text);
}

async function validateAll(service: LanguageService, payloads: readonly PayloadSample[]): Promise<Diagnostic[][]> {
  const results: Diagnostic[][] = [];
  for (let i = 0; i < payloads.length; i++) {
    const document = documentOf(payloads[i]!, i);
    const jsonDocument = service.parseJSONDocument(document);
    results.push(await service.doValidation(document, jsonDocument, { schemaValidation: 'error' }));
  }
  return results;
}

/** The action to time (validate every payload once), and what its last run found. */
export function jsonServiceRun(schemaDir: string, payloads: readonly PayloadSample[]): { action: () => Promise<unknown>; result: (timing: Timing) => JsonServiceResult } {
  const service = createJsonService(schemaDir);
  let last: Diagnostic[][] = [];
  return {
    action: async () => (last = await validateAll(service, payloads)),
    result: (timing) => summarise(timing, payloads, last),
  };
}

export async function measureJsonService(schemaDir: string, payloads: readonly PayloadSample[], repeat: Repeat): Promise<JsonServiceResult> {
  const run = jsonServiceRun(schemaDir, payloads);
  return run.result(await measureAsync(run.action, repeat));
}

function summarise(timing: Timing, payloads: readonly PayloadSample[], last: readonly Diagnostic[][]): JsonServiceResult {
  const firstDiagnostics: string[] = [];
  let diagnostics = 0;
  last.forEach((list, i) => {
    diagnostics += list.length;
    for (const d of list) {
      if (firstDiagnostics.length < 5) firstDiagnostics.push(`  payload ${i} (${payloads[i]!.type} ${payloads[i]!.direction}) ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    }
  });
  return { timing, payloads: payloads.length, diagnostics, firstDiagnostics };
}

/** Diagnostics for a payload that breaks its schema: proves the schemas are matched and applied. */
export async function probeJsonService(schemaDir: string): Promise<string[]> {
  const service = createJsonService(schemaDir);
  const broken: PayloadSample = { type: 'BILL', direction: 'response', text: '{"id": 1, "summ": "41800.00"}', rowEnd: 0 };
  const document = documentOf(broken, -1);
  const found = await service.doValidation(document, service.parseJSONDocument(document), { schemaValidation: 'error' });
  return found.map((d) => d.message);
}

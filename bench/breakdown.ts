// Where the time goes, without a profiler: the full check and the server's edit path split into
// their phases, calling the same core and server modules in the same order as analyzeLog and
// LogDocuments do.
import { performance } from 'node:perf_hooks';
import { analyzeLog } from '../src/core/analyze';
import { parseLog } from '../src/core/parse';
import { createRulesChecker } from '../src/core/rules';
import { createSchemaValidator } from '../src/core/schema';
import { buildSessions, defaultSessionOptions } from '../src/core/sessions';
import { applySeverity } from '../src/core/severity';
import { createSchemaChecker } from '../src/core/validation/schemaChecker';
import { standardCheckers } from '../src/core/validation/standardCheckers';
import { toDiagnostics } from '../src/server/diagnostics';
import { LogDocument } from '../src/server/logDocument';
import type { ScriptedEdit } from './measureServer';

export type Phases = Record<string, number>;

const collect = (globalThis as { gc?: () => void }).gc;

/** Each phase's best time (ms) over `runs` full checks. */
export function fullCheckPhases(text: string, runs: number): Phases {
  const validator = createSchemaValidator();
  const best: Phases = {};
  const keep = (name: string, ms: number) => (best[name] = Math.min(best[name] ?? Infinity, ms));
  for (let i = 0; i < runs; i++) {
    collect?.();
    let t = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      keep(name, now - t);
      t = now;
    };
    const parsed = parseLog(text);
    lap('parseLog (rows + JSON.parse of payloads)');
    const sessions = buildSessions(parsed, defaultSessionOptions);
    lap('buildSessions (pairing, retries, facts)');
    createSchemaChecker(validator)(parsed, sessions);
    lap('schema checker (ajv)');
    createRulesChecker()(parsed, sessions);
    lap('rules checker');
  }
  return best;
}

/** Each phase's median time (ms) over the edits, applied as the server applies a didChange. */
export function editPhases(text: string, script: readonly ScriptedEdit[]): { phases: Phases; totals: number[] } {
  // The same checker array for every edit, as the server keeps it while settings stay the same:
  // that is what lets the incremental analysis carry the untouched shops' problems over.
  const checkers = standardCheckers({ validator: createSchemaValidator() });
  let document = LogDocument.create('file:///bench/edit.exlog', 1, text);
  let analysis = analyzeLog(document.text, { checkers });
  const samples: Record<string, number[]> = {};
  const totals: number[] = [];
  script.forEach((edit, k) => {
    collect?.();
    const start = performance.now();
    let t = start;
    const lap = (name: string) => {
      const now = performance.now();
      (samples[name] ??= []).push(now - t);
      t = now;
    };
    const updated = document.update([{ range: edit.range, text: edit.text }], k + 2);
    document = updated.document;
    lap('document update (the edited piece, positions → offsets)');
    analysis = analyzeLog(document.text, { checkers }, { analysis, changes: [updated.edits[0]!] });
    lap('incremental analysis (re-read rows, edited shops: sessions, schemas, rules)');
    toDiagnostics(document, applySeverity(analysis.problems, {}));
    lap('problems → diagnostics');
    totals.push(performance.now() - start);
  });
  const phases: Phases = {};
  for (const [name, list] of Object.entries(samples)) phases[name] = [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)]!;
  return { phases, totals };
}

export function phaseTable(title: string, phases: Phases, bytes?: number): string {
  const total = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
  const width = Math.max(...Object.keys(phases).map((n) => n.length), title.length);
  const lines = [`${title.padEnd(width)} |       ms |  share${bytes ? ' |   MB/s' : ''}`];
  for (const [name, ms] of Object.entries(phases)) {
    const rate = bytes ? ` | ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)}` : '';
    lines.push(`${name.padEnd(width)} | ${ms.toFixed(1).padStart(8)} | ${((100 * ms) / total).toFixed(1).padStart(5)}%${rate}`);
  }
  lines.push(`${'sum'.padEnd(width)} | ${total.toFixed(1).padStart(8)} |`);
  return lines.join('\n');
}

// `npm run bench -- --profile`: CPU profiles of one full check and of the server's edit path (run
// in-process with the server's own modules, so only the work after a didChange is sampled), written
// to bench/.data/profiles/*.cpuprofile (open them in Chrome DevTools or VS Code) and summarised here.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { findSourceMap, type SourceMap } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Analysis } from '../src/core/analyze';
import { createRulesChecker } from '../src/core/rules';
import { createSchemaValidator } from '../src/core/schema';
import { applySeverity } from '../src/core/severity';
import { createSchemaChecker } from '../src/core/validation/schemaChecker';
import { toDiagnostics } from '../src/server/diagnostics';
import { LogDocuments } from '../src/server/logDocuments';
import { editScript } from './measureServer';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

async function profiled(action: () => void): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  action();
  const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
  session.disconnect();
  return profile;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

/** `name src/core/file.ts:line`, through the bundle's source map (run with --enable-source-maps). */
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  let file = url;
  let line = lineNumber;
  if (url) {
    if (!sourceMaps.has(url)) sourceMaps.set(url, findSourceMap(url.startsWith('file:') ? url : url));
    const entry = sourceMaps.get(url)?.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) {
      file = entry.originalSource;
      line = entry.originalLine ?? line;
    }
  }
  const short = file ? file.replace(/^.*?\/(src|bench|node_modules)\//, '$1/') : '';
  return `${functionName || '(anonymous)'}${short ? ` ${short}:${line + 1}` : ''}`;
}

/** Self and total (inclusive, recursion counted once) sample share per function. */
export function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + (node.hitCount ?? 0));
    const added = !onStack.has(name);
    if (added) onStack.add(name);
    let hits = node.hitCount ?? 0;
    for (const child of node.children ?? []) hits += walk(byId.get(child)!, onStack);
    if (added) {
      onStack.delete(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + hits);
    }
    return hits;
  };
  walk(profile.nodes[0]!, new Set());
  const ms = (profile.endTime - profile.startTime) / 1000;
  const list = (map: Map<string, number>) =>
    [...map]
      .filter(([name]) => !name.startsWith('(root)') && !name.startsWith('(program)') && !name.startsWith('(idle)'))
      .sort((x, y) => y[1] - x[1])
      .slice(0, top)
      .map(([name, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
  return [`${ms.toFixed(0)} ms sampled`, 'self time:', ...list(self), 'total time (inclusive):', ...list(inclusive)].join('\n');
}

function save(dir: string, name: string, profile: CpuProfile): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  return file;
}

export async function profileFullCheck(text: string, check: (text: string) => Analysis, dir: string): Promise<void> {
  check(text); // warm
  const profile = await profiled(() => void check(text));
  console.log(`\n== profile: one full check (${save(dir, 'full-check', profile)}) ==`);
  console.log(summarise(profile, 25));
}

/**
 * The server's didChange path without the JSON-RPC around it: LogDocuments (incremental update and
 * analysis, as the server wires it with default settings), severities, problems → diagnostics.
 */
export async function profileServerEdits(text: string, edits: number, dir: string): Promise<void> {
  const validator = createSchemaValidator();
  // One checker array for every analysis, as the server keeps it while settings stay the same (new
  // checkers would make every edit a full analysis).
  const checkers = [createSchemaChecker(validator), createRulesChecker({ slowResponseMs: 5000 })];
  const documents = new LogDocuments(() => ({ sessions: { idleGapMs: 30 * 60_000 }, checkers }));
  const uri = 'file:///bench/profile.exlog';
  const publish = (): number => {
    const state = documents.analysis(uri)!;
    return toDiagnostics(state.document, applySeverity(state.analysis.problems, {})).length;
  };
  documents.open(uri, 1, text);
  publish();
  const script = editScript(text, edits);
  const times: number[] = [];
  const profile = await profiled(() => {
    script.forEach((edit, i) => {
      const start = performance.now();
      documents.change(uri, i + 2, [{ range: edit.range, text: edit.text }]);
      publish();
      times.push(performance.now() - start);
    });
  });
  const sorted = [...times].sort((x, y) => x - y);
  console.log(`\n== profile: ${edits} one-row edits through the server's modules, in-process (${save(dir, 'server-edits', profile)}) ==`);
  console.log(`in-process edit → diagnostics: median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms (under the profiler)`);
  console.log(summarise(profile, 25));
}

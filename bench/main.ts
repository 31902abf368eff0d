// `npm run bench`: generates the synthetic logs (cached in bench/.data), checks that they are clean,
// and measures in one run: the full check, plain JSON.parse of the same payloads (the baseline),
// vscode-json-languageservice on a subset of them, and the real server's re-publish after one-row edits.
// A report, not a test: it exits 0 whatever the figures, and says FAIL loudly.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateLog, generatorVersion } from './generateLog';
import { createFullCheck, describeProblems, measureCore, type PayloadSample } from './measureCore';
import { jsonServiceRun, probeJsonService } from './measureJsonService';
import { parseAndValidateRun } from './measureFloor';
import { serverNodeFlags } from '../src/shared/serverFlags';
import { editScript, measureServer } from './measureServer';
import { editPhases, fullCheckPhases, phaseTable } from './breakdown';
import { profileFullCheck, profileServerEdits } from './profile';
import { editTable, machine, mbPerSecond, throughputTable, verdict, writeJson, type Bar, type ThroughputRow } from './report';
import { hasGc } from './timing';

const repoRoot = path.resolve(__dirname, '../..');
const dataDir = path.join(repoRoot, 'bench/.data');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
let loadAtStart = 0;

const config = {
  seed: 20251213,
  shops: 300,
  bigBytes: quick ? 12_000_000 : 96_000_000,
  editBytes: quick ? 8_000_000 : 53_000_000,
  subsetBytes: quick ? 2_000_000 : 8_000_000,
  edits: 10,
};

function cachedLog(targetBytes: number): string {
  const file = path.join(dataDir, `exchange-${Math.round(targetBytes / 1e6)}mb-s${config.seed}-g${generatorVersion}.log`);
  if (args.has('--regenerate') || !fs.existsSync(file)) {
    const started = Date.now();
    const info = generateLog(file, { targetBytes, shops: config.shops, seed: config.seed });
    console.log(`generated ${path.relative(repoRoot, file)}: ${(info.bytes / 1e6).toFixed(1)} MB, ${info.rows} rows, ${info.sessions} sessions, ${info.shops} shops (${Date.now() - started} ms)`);
  } else {
    console.log(`using ${path.relative(repoRoot, file)} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB; --regenerate to rebuild)`);
  }
  return file;
}

/** The first payloads, up to the row that ends after `bytes` of log text; and the bytes they cover. */
function leadingSubset(text: string, payloads: readonly PayloadSample[], bytes: number): { payloads: PayloadSample[]; logBytes: number } {
  let covered = 0;
  let from = 0;
  const subset: PayloadSample[] = [];
  for (const payload of payloads) {
    covered += Buffer.byteLength(text.slice(from, payload.rowEnd));
    from = payload.rowEnd;
    subset.push(payload);
    if (covered >= bytes) break;
  }
  return { payloads: subset, logBytes: covered };
}

function mustBeClean(what: string, text: string, problems: readonly Parameters<typeof describeProblems>[1][number][]): void {
  if (problems.length === 0) {
    console.log(`${what}: 0 problems (valid data, as it must be)`);
    return;
  }
  console.log(`*** ${what}: ${problems.length} PROBLEMS on data meant to be valid — the figures below are not meaningful ***`);
  console.log(describeProblems(text, problems, 8).join('\n'));
}

async function main(): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  loadAtStart = os.loadavg()[0]!;
  if (!hasGc) console.log('(no --expose-gc: runs are not separated by a full GC)');
  const bigFile = cachedLog(config.bigBytes);
  const editFile = cachedLog(config.editBytes);

  const text = fs.readFileSync(bigFile, 'utf8');
  const logBytes = fs.statSync(bigFile).size;
  console.log(`\nmeasuring on ${(logBytes / 1e6).toFixed(1)} MB (${text.length} UTF-16 chars) ...`);

  const schemaDir = path.join(repoRoot, 'schemas/0.1.0');
  const probe = await probeJsonService(schemaDir);
  if (probe.length === 0) console.log('*** vscode-json-languageservice found nothing wrong with a broken BILL answer: its schemas are not applied ***');
  let subset: ReturnType<typeof leadingSubset> | undefined;
  let serviceRun: ReturnType<typeof jsonServiceRun> | undefined;
  const full = await measureCore(text, { warmups: 1, runs: 4 }, (found) => {
    subset = leadingSubset(text, found, config.subsetBytes);
    serviceRun = jsonServiceRun(schemaDir, subset.payloads);
    return [serviceRun.action, parseAndValidateRun(found)];
  });
  const service = serviceRun!.result(full.alongside[0]!);
  mustBeClean('full check of the generated log', text, full.problems);
  for (const [rule, message] of full.ruleErrors) console.log(`*** rule ${rule} threw and was skipped (its checks did not run): ${message} ***`);
  if (service.diagnostics > 0) console.log(`vscode-json-languageservice: ${service.diagnostics} diagnostics on the subset:\n${service.firstDiagnostics.join('\n')}`);
  const { entries } = full;
  const { payloads } = full;
  const payloadBytes = payloads.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0);
  const phases = fullCheckPhases(text, 3);

  const rows: ThroughputRow[] = [
    { name: 'a. full check (parse+sessions+schemas+rules)', over: 'whole log', logBytes, timing: full.fullCheck },
    { name: 'b. JSON.parse of the payloads (baseline)', over: 'whole log', logBytes, timing: full.jsonParse },
    { name: `c. vscode-json-languageservice (${subset!.payloads.length} payloads)`, over: 'leading subset', logBytes: subset!.logBytes, timing: service.timing },
    { name: 'd. JSON.parse + ajv only (no rows, sessions, rules)', over: 'whole log', logBytes, timing: full.alongside[1]! },
  ];
  const [a, b, c, d] = rows.map(mbPerSecond) as [number, number, number, number];

  let server: Awaited<ReturnType<typeof measureServer>> | undefined;
  let edits: ReturnType<typeof editPhases> | undefined;
  if (!args.has('--no-server')) {
    const editText = fs.readFileSync(editFile, 'utf8');
    edits = editPhases(editText, editScript(editText, config.edits));
    console.log(`\nlanguage server: opening ${(fs.statSync(editFile).size / 1e6).toFixed(1)} MB over stdio, then ${config.edits} one-row edits ...`);
    server = await measureServer(editText, { serverPath: path.join(repoRoot, 'dist/server.js'), edits: config.edits, nodeFlags: serverNodeFlags });
    if (server.openDiagnostics > 0) console.log(`*** the server published ${server.openDiagnostics} diagnostics on open of valid data:\n${server.firstOpenDiagnostics.join('\n')}`);
    // Each edit breaks an invariant (LIST/RECEIPT ↔ BILL, bill sum): no diagnostics means no rules ran.
    if (server.edits.every((e) => e.diagnostics === 0)) console.log('*** the edits broke invariants but the server reported nothing: its rules did not run ***');
  }

  const load = os.loadavg()[0]!;
  console.log(`\n== Exchange Log Debugger benchmark (${quick ? 'QUICK, small logs' : 'full size'}) — ${new Date().toISOString()} ==`);
  console.log(`log: ${entries} rows, ${payloads.length} JSON payloads = ${(payloadBytes / 1e6).toFixed(1)} MB of the ${(logBytes / 1e6).toFixed(1)} MB; MB = 10^6 bytes of UTF-8 log text`);
  console.log('MB/s = MB of log text checked per second (for b: the payloads the parser found in that text; for c: the leading part of the log whose payloads it validated); best run shown\n');
  console.log(throughputTable(rows, rows[1]!));
  console.log(`d/b = ${(d / b).toFixed(2)}: JSON.parse plus one ajv call per payload, and nothing else, already reaches only ${(d / b).toFixed(2)}× of JSON.parse alone`);
  console.log(`machine: ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at start, ${load.toFixed(1)} now${Math.max(load, loadAtStart) > os.cpus().length ? ' — OTHER PROCESSES ARE BUSY: absolute figures are low, the ratios (interleaved runs) hold better' : ''}`);
  if (server) {
    const sorted = [...server.editTiming.runsMs].sort((x, y) => x - y);
    console.log(`\nserver: didOpen → first publishDiagnostics ${server.openMs.toFixed(0)} ms (${server.openDiagnostics} diagnostics)`);
    console.log(editTable(server.edits));
    console.log(`one-row edit → publishDiagnostics: median ${server.editTiming.medianMs.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms over ${sorted.length} edits`);
  }
  console.log(`\nwhere the time goes — full check by phase (best of 3, same ${(logBytes / 1e6).toFixed(1)} MB log; JSON.parse alone: ${full.jsonParse.bestMs.toFixed(1)} ms):`);
  console.log(phaseTable('phase', phases, logBytes));
  if (edits) {
    const sorted = [...edits.totals].sort((x, y) => x - y);
    console.log(`\nwhere the time goes — one-row edit, the server's steps in-process (median per step over ${edits.totals.length} edits; total median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms):`);
    console.log(phaseTable('step', edits.phases));
  }

  const bars: Bar[] = [
    { label: 'full check / JSON.parse', value: a / b, unit: '', bar: 0.6, atLeast: true },
    { label: 'full check / json-languageservice', value: a / c, unit: '', bar: 4, atLeast: true },
  ];
  if (server) {
    const sorted = [...server.editTiming.runsMs].sort((x, y) => x - y);
    bars.push({ label: 'one-row edit, median', value: server.editTiming.medianMs, unit: 'ms', bar: 30, atLeast: false });
    bars.push({ label: 'one-row edit, max', value: sorted[sorted.length - 1]!, unit: 'ms', bar: 30, atLeast: false });
  }
  console.log('');
  const verdicts = bars.map(verdict);
  for (const v of verdicts) console.log(v.line);
  if (verdicts.some((v) => !v.pass)) console.log('\n*** AT LEAST ONE BAR FAILED — see above (npm run bench -- --profile shows where the time goes) ***');

  writeJson(path.join(dataDir, 'last-run.json'), {
    date: new Date().toISOString(),
    quick,
    machine: { ...machine(), loadAverage: [loadAtStart, load] },
    config,
    log: { file: path.relative(repoRoot, bigFile), bytes: logBytes, rows: entries, payloads: payloads.length, payloadBytes, problems: full.problems.length },
    fullCheckPhasesMs: phases,
    editPhasesMs: edits?.phases,
    throughput: rows.map((row) => ({ ...row, mbPerSecond: mbPerSecond(row) })),
    ruleErrors: Object.fromEntries(full.ruleErrors),
    jsonService: { payloads: service.payloads, diagnostics: service.diagnostics },
    server: server && { file: path.relative(repoRoot, editFile), ...server },
    bars: bars.map((bar, i) => ({ ...bar, pass: verdicts[i]!.pass })),
  });
  console.log(`\nfigures written to ${path.relative(repoRoot, path.join(dataDir, 'last-run.json'))}`);

  if (args.has('--profile')) {
    await profileFullCheck(text, createFullCheck(), path.join(dataDir, 'profiles'));
    await profileServerEdits(fs.readFileSync(editFile, 'utf8'), config.edits, path.join(dataDir, 'profiles'));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

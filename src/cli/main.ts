// The `exchange-log` command line: the same core as the editor, without an editor.
import { readLog } from './readLog';
import { analyzeLog } from '../core/analyze';
import { LineIndex } from '../core/text/lineIndex';
import { checkCommand, checkUsage } from './checkCommand';
import { replayCommand, replayUsage } from './replayCommand';
import { sessionsJson, sessionsText } from './sessionsCommand';

const usage = `Usage:
  exchange-log sessions <file> [--json]   print shops, sessions and exchanges
${checkUsage}${replayUsage}`;

function main(argv: readonly string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'replay') return replayCommand(rest);
  if (command === 'check') return checkCommand(rest);
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command === 'sessions' && files.length === 1) {
    const file = files[0]!;
    const text = readText(file);
    if (text === undefined) return 2;
    const analysis = analyzeLog(text);
    const model = sessionsJson(file, analysis, new LineIndex(text));
    process.stdout.write(flags.has('--json') ? `${JSON.stringify(model, null, 2)}\n` : `${sessionsText(model)}\n`);
    return 0;
  }
  process.stderr.write(usage);
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
}

function readText(file: string): string | undefined {
  try {
    return readLog(file);
  } catch (error) {
    process.stderr.write(`exchange-log: cannot read ${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});

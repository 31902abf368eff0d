// Reads a log as the editor would see it: VS Code turns lone CR line ends (old Mac files) into line
// breaks, so the command line does too. One character for one, so every offset stays where it was.
import { readFileSync } from 'node:fs';

export function readLog(file: string): string {
  return readFileSync(file, 'utf8').replace(/\r(?!\n)/g, '\n');
}

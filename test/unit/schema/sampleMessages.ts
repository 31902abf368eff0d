// A tiny reader of the sample log for these tests only (the real parser lives elsewhere):
// rows start with `| 2025-`; the payload runs from after the 4th `| ` to the row's final ` |`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Direction, JsonText } from '../../../src/core/model';

export interface SampleMessage {
  readonly time: string;
  readonly shop: string;
  readonly direction: Direction;
  readonly type: string;
  /** The payload cell's text, `""` when the cell is empty. */
  readonly payload: string;
  readonly json?: JsonText;
}

export const samplePath = path.resolve(__dirname, '../../../../test/fixtures/schema/exchange-sample.log');

export function readSampleMessages(): SampleMessage[] {
  const text = fs.readFileSync(samplePath, 'utf8');
  const starts: number[] = [];
  for (let at = text.indexOf('| 2025-'); at !== -1; at = text.indexOf('\n| 2025-', at + 1)) {
    starts.push(text[at] === '\n' ? at + 1 : at);
  }
  return starts.map((start, i) => parseRow(text.slice(start, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length)));
}

function parseRow(row: string): SampleMessage {
  const cellStarts: number[] = [];
  for (let at = row.indexOf('| '); at !== -1 && cellStarts.length < 4; at = row.indexOf('| ', at + 1)) cellStarts.push(at + 2);
  const cell = (i: number) => row.slice(cellStarts[i]!, cellStarts[i + 1]! - 3);
  const event = cell(2);
  const match = /^(Запрос|Ответ) \(([A-Z]+)\)$/.exec(event);
  if (!match) throw new Error(`unreadable event cell "${event}"`);
  const payloadStart = cellStarts[3]!;
  const payloadEnd = row.lastIndexOf(' |');
  const payload = payloadEnd > payloadStart ? row.slice(payloadStart, payloadEnd) : '';
  return {
    time: cell(0),
    shop: cell(1),
    direction: match[1] === 'Запрос' ? 'request' : 'response',
    type: match[2]!,
    payload,
    ...(payload ? { json: jsonText(payload) } : {}),
  };
}

export function jsonText(text: string): JsonText {
  return { text, value: JSON.parse(text) as unknown };
}

/** The first sample payload of a type and direction. */
export function sampleJson(type: string, direction: Direction): JsonText {
  const found = readSampleMessages().find((m) => m.type === type && m.direction === direction && m.json);
  if (!found?.json) throw new Error(`no ${type} ${direction} in the sample`);
  return found.json;
}

/** The sample text with the first `from` replaced (fails loudly when `from` is absent). */
export function mutate(json: JsonText, from: string, to: string): JsonText {
  if (!json.text.includes(from)) throw new Error(`"${from}" is not in the payload`);
  return jsonText(json.text.replace(from, to));
}

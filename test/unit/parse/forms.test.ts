import * as assert from 'node:assert/strict';
import { parseLog } from '../../../src/core/parse/parseLog';

const cells = (text: string): string[][] =>
  parseLog(text).entries.map((e) => [e.time.text, e.shop.text, e.event.text, e.type.text, text.slice(e.payload.span.start, e.payload.span.end)]);

describe('row forms, tolerantly', () => {
  it('table: extra spaces anywhere around the cells, and no space before the type', () => {
    const text = '|  2025-12-13  19:06:57  |  146  |  Запрос  (BILL)  |  {"a": 1}  |\n|2025-12-13 19:06:58|146|Ответ(bill)|[]|';
    assert.deepEqual(cells(text), [
      ['2025-12-13  19:06:57', '146', 'Запрос  (BILL)', 'BILL', '{"a": 1}'],
      ['2025-12-13 19:06:58', '146', 'Ответ(bill)', 'BILL', '[]'],
    ]);
    const first = parseLog(text).entries[0]!;
    assert.equal(first.time.epochMs, Date.parse('2025-12-13T16:06:57Z'));
  });

  it('table: blank lines between rows and after the last one are not part of any cell', () => {
    const text = '| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {\n"a": 1\n} |\n\n\n| 2025-12-13 19:06:58 | 146 | Ответ (BILL) | |\n\n';
    const parsed = parseLog(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(text.slice(parsed.entries[0]!.span.start, parsed.entries[0]!.span.end), '| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {\n"a": 1\n} |');
  });

  it('tsv: an empty last cell with or without its tab, CRLF, JSON continuing on the next lines', () => {
    const text = '2026-03-22 15:27:50\t143\tОтвет (BILL)\t{\r\n  "id": 1\r\n}\r\n2026-03-22 15:27:49\t143\tЗапрос (RECEIPT)\t\r\n2026-03-22 15:27:48\t143\tОтвет (LIST)';
    assert.deepEqual(cells(text), [
      ['2026-03-22 15:27:50', '143', 'Ответ (BILL)', 'BILL', '{\r\n  "id": 1\r\n}'],
      ['2026-03-22 15:27:49', '143', 'Запрос (RECEIPT)', 'RECEIPT', ''],
      ['2026-03-22 15:27:48', '143', 'Ответ (LIST)', 'LIST', ''],
    ]);
    assert.equal(parseLog(text).form, 'tsv');
  });

  it('text: JSON on the row line itself, a space between shop and word, English words', () => {
    const text = 'Page\n2026-03-22 15:27:50 143Response (HELLO) {"system": ""}\n2026-03-22 15:27:49 143 request (hello)\n    {"get": {}}';
    assert.deepEqual(cells(text), [
      ['2026-03-22 15:27:50', '143', 'Response (HELLO)', 'HELLO', '{"system": ""}'],
      ['2026-03-22 15:27:49', '143', 'request (hello)', 'HELLO', '{"get": {}}'],
    ]);
    assert.equal(parseLog(text).form, 'text');
  });

  it('nothing that looks like a row: an empty table result', () => {
    for (const text of ['', '\uFEFF', 'hello\nworld', '| a | b |\n|---|---|']) {
      assert.deepEqual(parseLog(text), { form: 'table', order: 'unknown', entries: [], problems: [] });
    }
  });
});

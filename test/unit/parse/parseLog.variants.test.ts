import * as assert from 'node:assert/strict';
import type { ParsedLog } from '../../../src/core/model';
import { parseLog } from '../../../src/core/parse/parseLog';
import { assertGolden, readSample } from './fixtures';
import { summarize } from './summary';
import { variants } from './variants';

const slice = (text: string, span: { start: number; end: number }): string => text.slice(span.start, span.end);

/** What must not depend on how the rows were written. */
function essence(parsed: ParsedLog): unknown[] {
  return parsed.entries.map((e) => [e.time.epochMs, e.shop.text, e.direction, e.type.text, e.payload.status, e.payload.json?.value]);
}

function codes(parsed: ParsedLog): string[] {
  return parsed.problems.map((p) => `${p.code}@${p.entry ?? '-'}`);
}

describe('parseLog: variants of the sample', () => {
  const sample = parseLog(readSample());

  for (const [name, build] of Object.entries(variants)) {
    it(`${name}: matches its golden summary`, () => {
      const text = build();
      assertGolden(name, summarize(parseLog(text), text));
    });
  }

  it('reads CRLF, mixed line ends, a BOM, a header, text before the first row like the sample', () => {
    for (const name of ['crlf', 'mixed-eol', 'bom', 'header-separator', 'text-before']) {
      const parsed = parseLog(variants[name]!());
      assert.deepEqual(essence(parsed), essence(sample), name);
      assert.deepEqual(parsed.problems, [], name);
      assert.equal(parsed.form, 'table', name);
    }
  });

  it('CRLF: payload spans stop before the CR', () => {
    const text = variants['crlf']!();
    for (const e of parseLog(text).entries) {
      assert.ok(!slice(text, e.payload.span).endsWith('\r'));
      assert.ok(slice(text, e.span).endsWith(' |'));
    }
  });

  it('oldest-first: the rows reversed, order detected', () => {
    const parsed = parseLog(variants['oldest-first']!());
    assert.equal(parsed.order, 'oldest-first');
    assert.deepEqual(essence(parsed), essence(sample).reverse());
  });

  it('tsv and text forms: the same entries as the table', () => {
    for (const name of ['tsv', 'text-form'] as const) {
      const parsed = parseLog(variants[name]!());
      assert.equal(parsed.form, name === 'tsv' ? 'tsv' : 'text');
      assert.deepEqual(essence(parsed), essence(sample), name);
      assert.deepEqual(parsed.problems, [], name);
    }
  });

  it('text form: the shop id run into the direction word is split off', () => {
    const text = variants['text-form']!();
    const first = parseLog(text).entries[0]!;
    assert.equal(slice(text, first.shop.span), '131');
    assert.equal(slice(text, first.event.span), 'Ответ (HELLO)');
    assert.equal(slice(text, first.type.span), 'HELLO');
  });

  it('English direction words in any case', () => {
    const parsed = parseLog(variants['english']!());
    assert.deepEqual(essence(parsed), essence(sample));
    assert.equal(parsed.entries[0]!.event.text, 'RESPONSE (HELLO)');
    assert.equal(parsed.entries[1]!.event.text, 'Request (HELLO)');
  });

  it('a pipe and a row-like text inside JSON strings do not split the payload', () => {
    const text = variants['pipe-in-string']!();
    const parsed = parseLog(text);
    assert.equal(parsed.entries.length, 20);
    assert.deepEqual(parsed.problems, []);
    const bill = parsed.entries[6]!.payload.json!.value as { customer: { name: string }; products: { prodname: string; tags: string[] }[] };
    assert.equal(bill.customer.name, 'ООО | Рога ');
    assert.equal(bill.products[0]!.prodname, '| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {');
    assert.deepEqual(bill.products[0]!.tags, [' |']);
  });

  it('a file cut off inside a string: truncated at the string, unterminated row, entry kept', () => {
    const text = variants['cut-off']!();
    const parsed = parseLog(text);
    assert.equal(parsed.entries.length, 20);
    const last = parsed.entries.at(-1)!;
    assert.equal(last.payload.status, 'invalid');
    assert.deepEqual(codes(parsed), ['payload.truncated@19', 'row.unterminated@19']);
    assert.equal(slice(text, parsed.problems[0]!.span), '"/api/v2/bil');
    assert.equal(parsed.problems[1]!.span.end, text.length);
  });

  it('a file cut off after a line: the truncated span is that last line', () => {
    const text = variants['cut-off-after-line']!();
    const parsed = parseLog(text);
    assert.deepEqual(codes(parsed), ['payload.truncated@19', 'row.unterminated@19']);
    assert.equal(slice(text, parsed.problems[0]!.span), '"body": null,');
  });

  it('an HTML 502 page as a response', () => {
    const text = variants['html-502']!();
    const parsed = parseLog(text);
    const entry = parsed.entries[10]!;
    assert.equal(entry.payload.status, 'invalid');
    assert.deepEqual(codes(parsed), ['payload.html@10']);
    const problem = parsed.problems[0]!;
    assert.equal(slice(text, problem.span), slice(text, entry.payload.span));
    assert.ok(slice(text, problem.span).startsWith('<html>') && slice(text, problem.span).endsWith('</html>'));
    assert.match(problem.message, /502 Bad Gateway/);
  });

  it('a PHP notice before the JSON: a warning, and the JSON after it is used', () => {
    const text = variants['php-notice']!();
    const parsed = parseLog(text);
    const entry = parsed.entries[0]!;
    assert.equal(entry.payload.status, 'json');
    assert.deepEqual(entry.payload.json!.value, sample.entries[0]!.payload.json!.value);
    assert.equal(text[entry.payload.jsonOffset], '{');
    assert.equal(entry.payload.json!.text, text.slice(entry.payload.jsonOffset, entry.payload.span.end));
    assert.deepEqual(codes(parsed), ['payload.leading-text@0']);
    assert.ok(slice(text, parsed.problems[0]!.span).startsWith('<br />\n<b>Notice</b>'));
    assert.ok(slice(text, parsed.problems[0]!.span).endsWith('<b>17</b><br />'));
  });

  it('a BOM before a JSON payload: a warning on the BOM, the JSON is used', () => {
    const text = variants['payload-bom']!();
    const parsed = parseLog(text);
    assert.deepEqual(codes(parsed), ['payload.bom@3']);
    assert.equal(slice(text, parsed.problems[0]!.span), '\uFEFF');
    assert.equal(parsed.entries[3]!.payload.status, 'json');
    assert.equal(text[parsed.entries[3]!.payload.jsonOffset], '[');
  });

  it('truncated JSON followed by more rows: each row on its own', () => {
    const text = variants['truncated-then-rows']!();
    const parsed = parseLog(text);
    assert.equal(parsed.entries.length, 20);
    assert.deepEqual(codes(parsed), ['payload.truncated@6', 'payload.truncated@7', 'row.unterminated@7']);
    assert.equal(slice(text, parsed.problems[0]!.span), '"inn": "",');
    assert.equal(slice(text, parsed.problems[1]!.span), '"id": "3192"');
    assert.deepEqual(essence(parsed).slice(8), essence(sample).slice(8));
  });

  it('invalid JSON: the span is on the offending token', () => {
    const text = variants['invalid-json']!();
    const parsed = parseLog(text);
    assert.deepEqual(codes(parsed), ['payload.invalid-json@3', 'payload.invalid-json@4']);
    assert.equal(slice(text, parsed.problems[0]!.span), '"extra"');
    assert.equal(slice(text, parsed.problems[1]!.span), "'body'");
  });

  it('rows with missing cells, a bad time, an unknown event are reported; good rows go on', () => {
    const text = variants['bad-rows']!();
    const parsed = parseLog(text);
    assert.deepEqual(codes(parsed), ['row.malformed@-', 'row.bad-time@2', 'row.bad-event@-']);
    assert.equal(slice(text, parsed.problems[0]!.span), '| 2025-12-13 19:16:30 | 131 |');
    assert.equal(slice(text, parsed.problems[1]!.span), '2025-13-45 25:61:00');
    assert.equal(slice(text, parsed.problems[2]!.span), 'Событие (RECEIPT)');
    assert.ok(Number.isNaN(parsed.entries[2]!.time.epochMs));
    assert.equal(parsed.entries.length, 22);
    assert.equal(parsed.entries[5]!.type.text, 'RECEIPT_V2');
    assert.equal(slice(text, parsed.entries[5]!.type.span), 'receipt_v2');
  });
});

// Logs built from the field sample, each showing one thing real exports do.
import { readSample } from './fixtures';

/** The sample's rows (each without the line break that ends it). */
export function sampleRows(): string[] {
  return readSample().split(/\n(?=\| \d{4}-)/);
}

interface RowCells {
  readonly time: string;
  readonly shop: string;
  readonly event: string;
  /** The payload lines, without the closing ` |`; [] when the cell is empty. */
  readonly payload: string[];
}

function cellsOf(row: string): RowCells {
  const match = /^\| (.+?) \| (.+?) \| (.+?) \| ([\s\S]*)$/.exec(row)!;
  const payload = match[4]!.replace(/ ?\|$/, '');
  return { time: match[1]!, shop: match[2]!, event: match[3]!, payload: payload === '' ? [] : payload.split('\n') };
}

function withPayload(row: string, payload: string): string {
  const c = cellsOf(row);
  return `| ${c.time} | ${c.shop} | ${c.event} | ${payload} |`;
}

function mapRows(change: (rows: string[]) => string[]): string {
  return change(sampleRows()).join('\n');
}

const nginx502 = [
  '<html>',
  '<head><title>502 Bad Gateway</title></head>',
  '<body>',
  '<center><h1>502 Bad Gateway</h1></center>',
  '<hr><center>nginx</center>',
  '</body>',
  '</html>',
].join('\n');

const phpNotice = '<br />\n<b>Notice</b>:  Undefined index: shop in <b>/var/www/api/hello.php</b> on line <b>17</b><br />';

export const variants: Record<string, () => string> = {
  crlf: () => readSample().replace(/\n/g, '\r\n'),
  'mixed-eol': () => mapRows((rows) => rows.map((r, i) => (i % 2 ? r.replace(/\n/g, '\r\n') : r))),
  bom: () => '\uFEFF' + readSample(),
  'oldest-first': () => mapRows((rows) => rows.reverse()),
  'header-separator': () =>
    '| Время (Москва) | Магазин | Событие | Расширенная информация |\n|---|---|---|---|\n' + readSample() + '\n',
  'text-before': () => 'Выгрузка журнала обмена | магазины 19, 131, 146 |\nexported 2025-12-13 by admin\n\n' + readSample(),
  'pipe-in-string': () =>
    mapRows((rows) => {
      rows[6] = rows[6]!
        .replace(/"Пётр Тестов "/g, '"ООО | Рога "')
        .replace('"Корзина ONDA MUD 43.5 x 30 x 26 см"', '"| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {"')
        .replace('"unitname": "Штука"\n}', '"unitname": "Штука",\n"tags": [\n" |"\n]\n}');
      return rows;
    }),
  'cut-off': () => {
    const text = readSample();
    return text.slice(0, text.lastIndexOf('"/api/v2/bill/byid/') + 12);
  },
  'cut-off-after-line': () => {
    const text = readSample();
    return text.slice(0, text.lastIndexOf('"body": null,') + '"body": null,'.length);
  },
  'html-502': () => mapRows((rows) => ((rows[10] = withPayload(rows[10]!, nginx502)), rows)),
  'php-notice': () => mapRows((rows) => ((rows[0] = withPayload(rows[0]!, phpNotice + '\n' + cellsOf(rows[0]!).payload.join('\n'))), rows)),
  'payload-bom': () => mapRows((rows) => ((rows[3] = withPayload(rows[3]!, '\uFEFF' + cellsOf(rows[3]!).payload.join('\n'))), rows)),
  'truncated-then-rows': () =>
    mapRows((rows) => {
      rows[6] = withPayload(rows[6]!, cellsOf(rows[6]!).payload.slice(0, 8).join('\n'));
      rows[7] = rows[7]!.split('\n').slice(0, 4).join('\n');
      return rows;
    }),
  'invalid-json': () =>
    mapRows((rows) => {
      rows[3] = rows[3]!.replace('"summ": 41800,', '"summ": 41800\n"extra": 1,');
      rows[4] = rows[4]!.replace('"body": null', "'body': null");
      return rows;
    }),
  'bad-rows': () =>
    mapRows((rows) => {
      rows.splice(1, 0, '| 2025-12-13 19:16:30 | 131 |');
      rows.splice(3, 0, '| 2025-13-45 25:61:00 | 131 | Запрос (HELLO) | |');
      rows.splice(5, 0, '| 2025-12-13 19:07:40 | 146 | Событие (RECEIPT) | |');
      rows.splice(7, 0, '| 2025-12-13 19:07:40 | 146 | Ответ (receipt_v2) | |');
      return rows;
    }),
  english: () =>
    mapRows((rows) => rows.map((r, i) => r.replace('| Запрос (', '| Request (').replace('| Ответ (', i % 2 ? '| response (' : '| RESPONSE ('))),
  tsv: () =>
    mapRows((rows) =>
      rows.map((r) => {
        const c = cellsOf(r);
        return [c.time, c.shop, c.event, c.payload.join('\n')].join('\t');
      }),
    ),
  'text-form': () =>
    'Журнал обмена\nМагазин: все · Период: сегодня\n\n' +
    mapRows((rows) =>
      rows.map((r) => {
        const c = cellsOf(r);
        return [`${c.time} ${c.shop}${c.event}`, ...c.payload.map((line) => '    ' + line)].join('\n');
      }),
    ),
};

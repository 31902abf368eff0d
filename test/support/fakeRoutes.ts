// The normal answers of the fake protocol server: the four protocol paths with the sample's responses.
import type * as http from 'node:http';
import { readReplayFixture } from './replayFixtures';

export interface ProtocolAnswers {
  readonly hello: unknown;
  readonly list: readonly { readonly number?: unknown; readonly customername?: unknown }[];
  readonly bills: ReadonlyMap<string, unknown>;
  readonly receipt: unknown;
}

export function loadProtocolAnswers(dir: string): ProtocolAnswers {
  return {
    hello: readReplayFixture('hello-146.json', dir),
    list: readReplayFixture('list-146.json', dir) as ProtocolAnswers['list'],
    bills: new Map(['3192', '200335'].map((id) => [id, readReplayFixture(`bill-${id}.json`, dir)])),
    receipt: readReplayFixture('receipt-answer.json', dir),
  };
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    Vary: 'Accept',
  });
  res.end(text);
}

/** Answers `route` (the path from `/api/v2/` on) like the service in the sample log. */
export function answerProtocol(
  answers: ProtocolAnswers,
  method: string,
  route: string,
  query: URLSearchParams,
  body: string,
  res: http.ServerResponse,
): void {
  const expect = (wanted: string): boolean => {
    if (method === wanted) return true;
    sendJson(res, 405, { error: 'Method Not Allowed' });
    return false;
  };
  const bill = /^\/api\/v2\/bill\/byid\/([^/]+)$/.exec(route);
  if (route === '/api/v2/hello') {
    if (expect('GET')) sendJson(res, 200, answers.hello);
  } else if (route === '/api/v2/list') {
    if (expect('GET')) sendJson(res, 200, filterList(answers.list, query));
  } else if (bill !== null) {
    const found = answers.bills.get(decodeURIComponent(bill[1] ?? ''));
    if (expect('GET')) sendJson(res, found === undefined ? 404 : 200, found ?? { error: 'Bill not found' });
  } else if (route === '/api/v2/receipts') {
    if (!expect('POST')) return;
    try {
      JSON.parse(body);
      sendJson(res, 200, answers.receipt);
    } catch {
      sendJson(res, 400, { error: 'The body is not JSON' });
    }
  } else {
    sendJson(res, 404, { error: 'Not Found' });
  }
}

function filterList(list: ProtocolAnswers['list'], query: URLSearchParams): unknown[] {
  const number = query.get('number');
  const name = query.get('name');
  if (number !== null) return list.filter((bill) => bill.number === number);
  if (name !== null) return list.filter((bill) => String(bill.customername).toLowerCase().includes(name));
  return [...list];
}

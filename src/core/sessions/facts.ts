import { isObject } from '../values';
import type { ExchangeFacts } from './model';

// Direct field reads (no path arrays): this runs for every exchange of a 90 MB log.
function get(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function id(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Key facts of an exchange, read from whichever of its payloads are present and well formed. */
export function exchangeFacts(type: string, request: unknown, response: unknown): ExchangeFacts {
  switch (type) {
    case 'HELLO':
      return { system: str(get(response, 'system')), protocol: str(get(response, 'protocol')) };
    case 'LIST':
      return {
        query: listQuery(request),
        billCount: Array.isArray(response) ? response.length : undefined,
      };
    case 'BILL':
      return {
        billId: str(get(get(request, 'get'), 'id')) ?? id(get(response, 'id')),
        billNumber: str(get(response, 'number')),
        amount: num(get(response, 'summ')),
        customer: str(get(get(response, 'customer'), 'name'))?.trim(),
      };
    case 'RECEIPT': {
      const body = get(request, 'body');
      const data = get(body, 'data');
      const extras = get(data, 'extras');
      return {
        eventId: str(get(body, 'id')),
        billId: id(get(extras, 'billId')),
        billNumber: str(get(extras, 'number')),
        amount: num(get(data, 'totalAmount')),
        customer: str(get(get(extras, 'customer'), 'name'))?.trim(),
      };
    }
    default:
      return {};
  }
}

/** LIST's search parameter as `key=value` (`date=today`, `name=…`), or undefined when none. */
function listQuery(request: unknown): string | undefined {
  const query = get(request, 'get');
  if (!isObject(query)) return undefined;
  const parts = Object.keys(query)
    .filter((key) => key !== 'q')
    .map((key) => `${key}=${String(query[key])}`);
  return parts.length > 0 ? parts.join('&') : undefined;
}

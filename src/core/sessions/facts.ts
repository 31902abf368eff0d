import { field, idAt, isObject, numberAt, stringAt } from '../values';
import type { ExchangeFacts } from './model';

/** Key facts of an exchange, read from whichever of its payloads are present and well formed. */
export function exchangeFacts(type: string, request: unknown, response: unknown): ExchangeFacts {
  switch (type) {
    case 'HELLO':
      return { system: stringAt(response, ['system']), protocol: stringAt(response, ['protocol']) };
    case 'LIST':
      return {
        query: listQuery(request),
        billCount: Array.isArray(response) ? response.length : undefined,
      };
    case 'BILL':
      return {
        billId: stringAt(request, ['get', 'id']) ?? idAt(response, ['id']),
        billNumber: stringAt(response, ['number']),
        amount: numberAt(response, ['summ']),
        customer: stringAt(response, ['customer', 'name'])?.trim(),
      };
    case 'RECEIPT': {
      const data = field(field(request, 'body'), 'data');
      return {
        eventId: stringAt(request, ['body', 'id']),
        billId: idAt(data, ['extras', 'billId']),
        billNumber: stringAt(data, ['extras', 'number']),
        amount: numberAt(data, ['totalAmount']),
        customer: stringAt(data, ['extras', 'customer', 'name'])?.trim(),
      };
    }
    default:
      return {};
  }
}

/** LIST's search parameter as `key=value` (`date=today`, `name=…`), or undefined when none. */
function listQuery(request: unknown): string | undefined {
  const get = field(request, 'get');
  if (!isObject(get)) return undefined;
  const parts = Object.keys(get)
    .filter((key) => key !== 'q')
    .map((key) => `${key}=${String(get[key])}`);
  return parts.length > 0 ? parts.join('&') : undefined;
}

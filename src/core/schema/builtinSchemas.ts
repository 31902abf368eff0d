// The shipped protocol schemas, bundled as JSON imports so the core needs no file access.
import billRequest from '../../../schemas/0.1.0/bill.request.json';
import billResponse from '../../../schemas/0.1.0/bill.response.json';
import common from '../../../schemas/0.1.0/common.json';
import helloRequest from '../../../schemas/0.1.0/hello.request.json';
import helloResponse from '../../../schemas/0.1.0/hello.response.json';
import listRequest from '../../../schemas/0.1.0/list.request.json';
import listResponse from '../../../schemas/0.1.0/list.response.json';
import receiptRequest from '../../../schemas/0.1.0/receipt.request.json';
import receiptResponse from '../../../schemas/0.1.0/receipt.response.json';

export interface SchemaSet {
  /** Schemas that message schemas `$ref` (by `$id`). */
  readonly shared: readonly object[];
  /** Message schemas by `TYPE.direction`. */
  readonly messages: Readonly<Record<string, object>>;
}

export const builtinSchemaSets: Readonly<Record<string, SchemaSet>> = {
  '0.1.0': {
    shared: [common],
    messages: {
      'HELLO.request': helloRequest,
      'HELLO.response': helloResponse,
      'LIST.request': listRequest,
      'LIST.response': listResponse,
      'BILL.request': billRequest,
      'BILL.response': billResponse,
      'RECEIPT.request': receiptRequest,
      'RECEIPT.response': receiptResponse,
    },
  },
};

export function schemaId(schema: object): string | undefined {
  const id = (schema as { $id?: unknown }).$id;
  return typeof id === 'string' ? id : undefined;
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

type Schema = Record<string, unknown>;

const schemaDir = path.resolve(__dirname, '../../../../schemas/0.1.0');
const files = fs.readdirSync(schemaDir).filter((name) => name.endsWith('.json'));
const schemas = new Map(files.map((name) => [name, JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8')) as Schema]));

function resolve(ref: string, file: string): Schema {
  const [target, pointer = ''] = ref.split('#');
  let node: unknown = schemas.get(target || file);
  for (const segment of pointer.split('/').slice(1)) node = (node as Schema)[segment];
  assert.ok(node, `${file}: $ref ${ref} resolves`);
  return node as Schema;
}

function* propertySchemas(node: unknown, at: string): Generator<[string, Schema]> {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, property] of Object.entries(value)) yield [`${at}/properties/${name}`, property as Schema];
    }
    yield* propertySchemas(value, `${at}/${key}`);
  }
}

describe('schema files', () => {
  it('hold the eight messages and the shared definitions', () => {
    const messages = ['hello', 'list', 'bill', 'receipt'].flatMap((type) => [`${type}.request.json`, `${type}.response.json`]);
    assert.deepEqual([...files].sort(), ['common.json', ...messages].sort());
  });

  for (const [file, schema] of schemas) {
    it(`${file} is draft 2020-12 with its own $id`, () => {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, `https://exchange-log-debugger/schemas/0.1.0/${file}`);
    });

    it(`${file} describes every property in English and Russian`, () => {
      for (const [at, property] of propertySchemas(schema, '#')) {
        // Inside `if` conditions a property is a test, not documentation.
        if (at.includes('/if/')) continue;
        const documented = typeof property.$ref === 'string' && property.description === undefined ? resolve(property.$ref, file) : property;
        assert.equal(typeof documented.description, 'string', `${file} ${at}: description`);
        assert.equal(typeof documented['x-description-ru'], 'string', `${file} ${at}: x-description-ru`);
      }
    });
  }
});

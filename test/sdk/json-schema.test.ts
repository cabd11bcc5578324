// JSON Schema validators of `field.jsonSchemas()`: compiled on the host with ajv's standalone
// code generation, built from that code alone (as inside a sandbox, with no ajv there).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkConfigSpec } from '../../sdk/config.ts';
import { compileJsonSchema, compileJsonSchemaFields } from '../../sdk/host/json-schema-compile.ts';
import { buildJsonSchemaValidator } from '../../sdk/json-schema.ts';

const validatorFor = (schema: object) => buildJsonSchemaValidator(compileJsonSchema(schema));

describe('JSON Schema validators compiled outside the sandbox', () => {
  test('Given an order schema, When values are validated, Then valid ones pass and the errors name path and rule', () => {
    const v = validatorFor({
      type: 'object',
      required: ['id', 'amount'],
      properties: { id: { type: 'integer' }, amount: { type: 'number', minimum: 0 } },
    });
    assert.equal(v.validate({ id: 1, amount: 2 }), true);
    assert.equal(v.errors.length, 0);
    assert.equal(v.validate({ id: 1, amount: -1 }), false);
    assert.equal(v.errorsText(), 'value/amount must be >= 0');
    assert.equal(v.errors[0].keyword, 'minimum');
    assert.equal(v.validate({ amount: 1 }), false);
    assert.equal(v.errorsText('record'), "record must have required property 'id'");
  });

  test('Given minLength and maxLength, When a string holds characters outside the BMP, Then each counts once', () => {
    const v = validatorFor({ type: 'string', minLength: 2, maxLength: 2 });
    assert.equal(v.validate('😀😀'), true, 'two code points, four UTF-16 units');
    assert.equal(v.validate('😀'), false);
    assert.equal(v.validate('abc'), false);
  });

  test('Given uniqueItems and const, When objects repeat, Then deep equality decides', () => {
    const v = validatorFor({ type: 'array', uniqueItems: true, items: { type: 'object' } });
    assert.equal(v.validate([{ a: 1 }, { a: 2 }]), true);
    assert.equal(v.validate([{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }]), false);
    assert.equal(
      v.validate([
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
      false,
      'key order does not matter',
    );
    const c = validatorFor({ const: { k: [1, 2] } });
    assert.equal(c.validate({ k: [1, 2] }), true);
    assert.equal(c.validate({ k: [2, 1] }), false);
  });

  test('Given a pattern and an enum, When validated, Then both are enforced', () => {
    const v = validatorFor({
      type: 'object',
      properties: { sku: { type: 'string', pattern: '^[A-Z]{3}-\\d+$' }, c: { enum: ['EUR', 'USD'] } },
    });
    assert.equal(v.validate({ sku: 'ABC-12', c: 'EUR' }), true);
    assert.equal(v.validate({ sku: 'abc-12' }), false);
    assert.match(v.errorsText(), /value\/sku must match pattern/);
    assert.equal(v.validate({ c: 'GBP' }), false);
  });

  test('Given $schema naming draft-07, When compiled, Then it is accepted', () => {
    const v = validatorFor({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'number' });
    assert.equal(v.validate(3), true);
    assert.equal(v.validate('3'), false);
  });

  test('Given a typo in a keyword or an async schema, When compiled, Then a config error names the field and key', () => {
    assert.throws(
      () =>
        compileJsonSchemaFields(
          { schemas: { type: 'json-schemas' } },
          { schemas: { orders: { requird: ['id'] } } },
        ),
      { code: 'SLUICE_POLICY_CONFIG_INVALID', message: /schemas\["orders"\].*unknown keyword: "requird"/ },
    );
    assert.throws(
      () =>
        compileJsonSchemaFields(
          { schemas: { type: 'json-schemas' } },
          { schemas: { a: { $async: true, type: 'object' } } },
        ),
      { message: /schemas\["a"\].*cannot run/ },
    );
  });

  test('Given a compiled schema tampered with to need another helper, When built, Then it fails with a clear message', () => {
    const code = compileJsonSchema({ type: 'string' }).__sluiceJsonSchema;
    assert.throws(
      () => buildJsonSchemaValidator({ __sluiceJsonSchema: `require("fs");${code}` }),
      /needs fs, which the sandbox does not provide/,
    );
  });

  test('Given a topic named __proto__, When its schema is compiled, Then it stays a key of its own', () => {
    const config = JSON.parse('{"schemas":{"__proto__":{"type":"number"},"orders":{"type":"string"}}}');
    const out = compileJsonSchemaFields({ schemas: { type: 'json-schemas' } }, config);
    assert.deepEqual(Object.keys(out.schemas as object).sort(), ['__proto__', 'orders']);
  });

  test('Given a schema with a __proto__ key, a deep nesting or a huge size, When compiled, Then it is refused with the reason', () => {
    assert.throws(() => compileJsonSchema(JSON.parse('{"const":{"__proto__":{"admin":true}}}')), /__proto__/);
    let deep: object = { type: 'object' };
    for (let i = 0; i < 70; i++) deep = { type: 'object', properties: { a: deep } };
    assert.throws(() => compileJsonSchema(deep), /nested deeper than 64/);
    const wide = { enum: Array.from({ length: 30_000 }, (_, i) => `value-${i}`) };
    assert.throws(() => compileJsonSchema(wide), /larger than/);
  });

  test('Given a manifest whose jsonSchemas field carries a default, Then the config spec is refused (schemas come only from deployments)', () => {
    assert.deepEqual(
      checkConfigSpec({ schemas: { type: 'json-schemas', default: { t: { type: 'string' } } } }),
      ['schemas: a jsonSchemas field cannot have a default'],
    );
  });
});

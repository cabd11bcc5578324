// Avro test data shared by the avro-schema harness and sandbox tests.
import avro from 'avsc';

export const userSchema = {
  type: 'record',
  name: 'User',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'email', type: 'string' },
  ],
};
const userType = avro.Type.forSchema(userSchema as never);

/** Confluent wire format: magic 0, schema id (big-endian int32), Avro binary. */
export function framed(id: number, value: unknown): Uint8Array {
  const body = userType.toBuffer(value);
  const out = new Uint8Array(5 + body.length);
  new DataView(out.buffer).setUint32(1, id);
  out.set(body, 5);
  return out;
}

export const schemas = {
  1: { id: 1, type: 'AVRO' as const, schema: JSON.stringify(userSchema) },
  2: { id: 2, type: 'JSON' as const, schema: '{}' },
};

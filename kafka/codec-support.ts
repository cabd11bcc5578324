// The few runtime pieces generated codecs share: tagged-field writing and version errors.
import { ProtocolError } from './errors.ts';
import type { Writer } from './writer.ts';

/** A tagged field kept as raw bytes, either unknown to this Sluice version or not decoded. */
export interface TaggedField {
  tag: number;
  data: Buffer;
}

export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

/**
 * Writes a tagged-field section: count, then (tag, size, bytes) in ascending tag order.
 * `known` is in ascending order already (the generator sorts by tag); unknown fields that a
 * decoder preserved are merged in so re-encoding a decoded message gives the same bytes.
 */
export function writeTaggedFields(
  w: Writer,
  known: TaggedField[] | undefined,
  unknown: TaggedField[] | undefined,
): void {
  if (unknown === undefined || unknown.length === 0) {
    if (known === undefined) {
      w.appendUnsignedVarInt(0);
      return;
    }
    w.appendUnsignedVarInt(known.length);
    for (const field of known)
      w.appendUnsignedVarInt(field.tag).appendUnsignedVarInt(field.data.length).appendBytes(field.data);
    return;
  }
  const all = known === undefined ? [...unknown] : [...known, ...unknown];
  all.sort((a, b) => a.tag - b.tag);
  w.appendUnsignedVarInt(all.length);
  for (let i = 0; i < all.length; i++) {
    const field = all[i];
    if (i > 0 && all[i - 1].tag === field.tag) {
      throw new ProtocolError('SLUICE_PROTOCOL_INVALID_VALUE', `tagged field ${field.tag} given twice`, {
        details: { field: 'tagged field', tag: field.tag },
      });
    }
    w.appendUnsignedVarInt(field.tag).appendUnsignedVarInt(field.data.length).appendBytes(field.data);
  }
}

export function unsupportedVersion(
  message: string,
  version: number,
  min: number,
  max: number,
): ProtocolError {
  return new ProtocolError(
    'SLUICE_PROTOCOL_UNSUPPORTED_VERSION',
    `${message} version ${version} is not supported (valid: ${min}-${max})`,
    { details: { message, version, min, max } },
  );
}

/**
 * What an encoder throws when the value it was given does not fit the message: the Writer's
 * typed error gains the message name and version; anything else (a missing array, a field of
 * the wrong shape) becomes INVALID_VALUE with the original error as its cause.
 */
export function invalidMessage(message: string, version: number, error: unknown): ProtocolError {
  if (error instanceof ProtocolError) {
    error.details.message ??= message;
    error.details.version ??= version;
    return error;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ProtocolError(
    'SLUICE_PROTOCOL_INVALID_VALUE',
    `cannot encode ${message} v${version}: ${reason}`,
    {
      cause: error,
      details: { message, version },
    },
  );
}

// Where spec files come from: a directory of *.json, or a kafka-clients jar, whose
// common/message/ folder carries the specs that Kafka release was built from. A jar is a zip;
// reading its central directory and inflating a few entries needs nothing but node:zlib.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * The kafka-clients jars merged by default, oldest first. The newest is the release the rig
 * runs (KAFKA_VERSION in rig/kafka-dist.ts); the older ones keep versions a newer release
 * dropped, for brokers and clients of the broker matrix (KAFKA_MATRIX).
 */
export const KAFKA_SPEC_VERSIONS = ['4.0.2', '4.4.0'] as const;

/** File name → spec text. */
export type SpecFiles = Map<string, string>;

export function readSpecSource(path: string): SpecFiles {
  if (statSync(path).isDirectory()) {
    const files: SpecFiles = new Map();
    for (const name of readdirSync(path).filter((f) => f.endsWith('.json'))) {
      files.set(name, readFileSync(join(path, name), 'utf8'));
    }
    return files;
  }
  if (path.endsWith('.jar') || path.endsWith('.zip')) return readJarSpecs(path);
  throw new Error(`${path}: expected a directory of specs or a kafka-clients jar`);
}

const SPEC_PREFIX = 'common/message/';

function readJarSpecs(path: string): SpecFiles {
  const zip = readFileSync(path);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${basename(path)}: not a zip file`);
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files: SpecFiles = new Map();
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${basename(path)}: corrupt central directory`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (
      !name.startsWith(SPEC_PREFIX) ||
      !name.endsWith('.json') ||
      name.slice(SPEC_PREFIX.length).includes('/')
    ) {
      continue;
    }
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const text = method === 0 ? data : method === 8 ? inflateRawSync(data) : null;
    if (text === null) throw new Error(`${basename(path)}: ${name} uses zip method ${method}`);
    files.set(name.slice(SPEC_PREFIX.length), text.toString('utf8'));
  }
  if (files.size === 0) throw new Error(`${basename(path)}: no ${SPEC_PREFIX}*.json inside`);
  return files;
}

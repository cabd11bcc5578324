// Where .ci/run puts the matrix's non-Node clients, so the test and CI agree on one place.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const GO_SOURCES = ['go.mod', 'go.sum', 'main.go'];

/** The confluent-kafka virtualenv (.ci/run step "confluent-kafka (librdkafka)"). */
export const PYTHON_VENV = join(ROOT, '.cache', 'confluent-kafka');

/**
 * The franz-go client built from the sources as they are now (.ci/run step "Go client
 * (franz-go)"): the folder is named by a hash of go.mod, go.sum and main.go, as
 * `cat go.mod go.sum main.go | sha256sum | cut -c1-16` computes it, so an edit means a rebuild.
 */
export function goClientBinary(): string {
  const dir = join(ROOT, 'test', 'clients', 'go');
  const hash = createHash('sha256');
  for (const f of GO_SOURCES) hash.update(readFileSync(join(dir, f)));
  return join(ROOT, '.cache', 'clients', `go-${hash.digest('hex').slice(0, 16)}`, 'matrix-client');
}

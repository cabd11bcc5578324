// Topic id → name, learnt from the Metadata v10+ responses that pass through the gateway (a
// client always asks for metadata before it names a topic by id). Fetch v13+ and Produce v13+
// name topics by id only, while policies are scoped by name. Shared by every connection.
import type { MetadataResponse } from '../../kafka/generated/metadata.ts';

export class TopicIds {
  #names = new Map<string, string>();

  /** Learns the ids of a Metadata v10+ response body. */
  learn(body: MetadataResponse): void {
    for (const t of body.topics) {
      if (t.topicId && t.name) this.#names.set(t.topicId, t.name);
    }
  }

  name(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.#names.get(id);
  }
}

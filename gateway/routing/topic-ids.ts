// Topic id → name, learnt from the Metadata v10+ responses that pass through the gateway (a
// client always asks for metadata before it names a topic by id). Fetch v13+ and Produce v13+
// name topics by id only; the policies are scoped by name.
import type { MetadataResponse } from '../../kafka/generated/metadata.ts';
import { decodeResponseFrame } from '../../kafka/messages.ts';
import { API } from './service.ts';

/** Shared by every connection of the gateway. */
export class TopicIds {
  #names = new Map<string, string>();

  /** Reads the topic ids of a Metadata v10+ response; a response it cannot read teaches nothing. */
  learn(frame: Buffer, version: number): void {
    let body: MetadataResponse;
    try {
      body = decodeResponseFrame(frame, API.metadata, version).body as MetadataResponse;
    } catch {
      return;
    }
    for (const t of body.topics) {
      if (t.topicId && t.name) this.#names.set(t.topicId, t.name);
    }
  }

  name(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.#names.get(id);
  }
}

// Teaches the gateway's TopicIds the topic ids of every Metadata v10+ response that passes, so
// that filters can name topics that Fetch v13+ and Produce v13+ give by id only. The broker
// addresses filter decodes these responses anyway; learning from them costs no extra decode.
import { API_KEYS } from '../../kafka/apis.ts';
import { defineFilter, type Filter } from '../pipeline/filter.ts';
import type { TopicIds } from '../routing/topic-ids.ts';

export function topicIdLearning(ids: TopicIds): Filter {
  return defineFilter({
    name: 'topic-id-learning',
    responses: {
      [API_KEYS.Metadata]: {
        wants: (v) => v >= 10,
        on(res) {
          ids.learn(res);
          return undefined;
        },
      },
    },
  });
}

// DescribeQuorum v2+ lists the KRaft controllers with their listener addresses. Controllers are
// not reachable through Sluice, so their endpoints are removed rather than rewritten: the quorum
// state (ids, offsets) stays visible, the addresses do not.
import { API_KEYS } from '../../kafka/apis.ts';
import { defineFilter, type Filter } from '../pipeline/filter.ts';

export const describeQuorum: Filter = defineFilter({
  name: 'describe-quorum',
  responses: {
    [API_KEYS.DescribeQuorum]: {
      wants: (v) => v >= 2,
      on(res, ctx) {
        for (const n of res.nodes ?? []) {
          if (n.listeners.length > 0) {
            n.listeners = [];
            ctx.markModified();
          }
        }
        return undefined;
      },
    },
  },
});

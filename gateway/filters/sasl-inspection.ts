// Learns who a client is from the SASL exchange it has with the broker through Sluice: the
// mechanism from SaslHandshake, the user name from the first SaslAuthenticate (PLAIN authcid,
// SCRAM n=), and the broker's verdict from the SaslAuthenticate response. Nothing is changed and
// no password is read, kept or logged; the principal counts once the broker says yes.
import { API_KEYS } from '../../kafka/apis.ts';
import { closeConnection, defineFilter, type Filter } from '../pipeline/filter.ts';
import { SaslPrincipalTracker } from './sasl-principal.ts';

/** One per connection: the exchange's state is the connection's. */
export function saslInspection(): Filter {
  const sasl = new SaslPrincipalTracker();
  return defineFilter({
    name: 'sasl-inspection',
    requests: {
      [API_KEYS.SaslHandshake]: {
        on(req, ctx) {
          if (ctx.head.apiVersion === 0) {
            // v0 is followed by SASL tokens without Kafka headers, which a frame-level proxy
            // cannot tell apart from requests; every current client uses v1.
            return closeConnection(
              'SLUICE_CONNECTION_PROTOCOL',
              'SaslHandshake v0 (unframed SASL) is not supported',
            );
          }
          sasl.onHandshake(req.mechanism);
          return undefined;
        },
      },
      [API_KEYS.SaslAuthenticate]: {
        on(req) {
          sasl.onAuthenticateRequest(req.authBytes);
          return undefined;
        },
      },
    },
    responses: {
      [API_KEYS.SaslAuthenticate]: {
        on(res, ctx) {
          const principal = sasl.onAuthenticateResponse(res.errorCode);
          if (principal !== undefined) {
            ctx.conn.principal = principal;
            ctx.log.info({ principal, mechanism: sasl.mechanism }, 'client authenticated');
          } else if (res.errorCode !== 0) {
            ctx.log.info(
              { mechanism: sasl.mechanism, errorCode: res.errorCode },
              'client authentication refused by broker',
            );
          }
          return undefined;
        },
      },
    },
  });
}

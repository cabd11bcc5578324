// Learns who a client authenticated as, from the SASL bytes it sends to the broker through
// Sluice, without ever keeping or logging a password. The bytes are forwarded unchanged;
// the broker decides. The principal counts only once the broker has said yes.

/** PLAIN (RFC 4616): [authzid] NUL authcid NUL passwd → authcid. The password is not read. */
export function plainUsername(auth: Buffer): string | undefined {
  const first = auth.indexOf(0);
  if (first < 0) return undefined;
  const second = auth.indexOf(0, first + 1);
  if (second < 0) return undefined;
  const user = auth.toString('utf8', first + 1, second);
  return user === '' ? undefined : user;
}

/** SCRAM client-first message (RFC 5802): gs2-header "n=" user "," "r=" nonce → user. */
export function scramUsername(auth: Buffer): string | undefined {
  const text = auth.toString('utf8');
  // gs2-header is "<cbind>,[a=authzid]," — the bare message follows the second comma.
  const firstComma = text.indexOf(',');
  const secondComma = firstComma < 0 ? -1 : text.indexOf(',', firstComma + 1);
  if (secondComma < 0) return undefined;
  for (const attr of text.slice(secondComma + 1).split(',')) {
    if (attr.startsWith('n=')) {
      const user = attr.slice(2).replace(/=2C/g, ',').replace(/=3D/g, '=');
      return user === '' ? undefined : user;
    }
  }
  return undefined;
}

/** Follows one connection's SASL exchange. */
export class SaslPrincipalTracker {
  #mechanism: string | undefined;
  #candidate: string | undefined;
  #rounds = 0;
  principal: string | undefined;

  /** From a SaslHandshake request. */
  onHandshake(mechanism: string): void {
    this.#mechanism = mechanism.toUpperCase();
    this.#candidate = undefined;
    this.#rounds = 0;
  }

  get mechanism(): string | undefined {
    return this.#mechanism;
  }

  /** From a SaslAuthenticate request's auth bytes. */
  onAuthenticateRequest(auth: Buffer): void {
    this.#rounds++;
    if (this.#rounds !== 1) return;
    if (this.#mechanism === 'PLAIN') this.#candidate = plainUsername(auth);
    else if (this.#mechanism?.startsWith('SCRAM-')) this.#candidate = scramUsername(auth);
  }

  /**
   * From a SaslAuthenticate response. PLAIN is done after one successful round, SCRAM after
   * two (client-first, then client-final). Returns the principal when it becomes known.
   */
  onAuthenticateResponse(errorCode: number): string | undefined {
    if (errorCode !== 0) {
      this.#candidate = undefined;
      return undefined;
    }
    const done = this.#mechanism === 'PLAIN' ? this.#rounds >= 1 : this.#rounds >= 2;
    if (done && this.#candidate !== undefined && this.principal === undefined) {
      this.principal = this.#candidate;
      return this.principal;
    }
    return undefined;
  }
}

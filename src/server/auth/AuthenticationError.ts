export type AuthenticationFailure =
  /** No Authorization, X-Api-Key or forwarded identity, and none is optional here. */
  | "MISSING_CREDENTIALS"
  /** A scheme this gateway does not take, a method that is not configured, or two credentials. */
  | "UNSUPPORTED_CREDENTIALS"
  /** Not a well-formed JWT, or a claim the principal needs (`sub`, `exp`, tenant, scopes) is unusable. */
  | "INVALID_TOKEN"
  /** The token's `alg` is not in AUTH_ALGORITHMS (`none` and HS* never are) or does not fit the key. */
  | "ALGORITHM_NOT_ALLOWED"
  /** The token names a `kid` that the key set does not hold, even after reloading it. */
  | "UNKNOWN_SIGNING_KEY"
  /** The signature does not match the key. */
  | "INVALID_SIGNATURE"
  /** The key set could not be fetched or read: the caller is not at fault (503, not 401). */
  | "SIGNING_KEYS_UNAVAILABLE"
  | "TOKEN_EXPIRED"
  | "TOKEN_NOT_YET_VALID"
  | "WRONG_ISSUER"
  | "WRONG_AUDIENCE"
  | "UNKNOWN_API_KEY"
  /** ROUTER_SECRET is set and this request does not carry it in Router-Authorization. */
  | "ROUTER_SECRET_REQUIRED"
  /** `extensions.jwt` from a caller that is not the router, or without AUTH_ISSUER/AUTH_AUDIENCE. */
  | "FORWARDED_CLAIMS_REFUSED";

/**
 * Why a request has no principal. The message names the check that failed and never the
 * token, the key or anything else the caller sent, so it is safe to log and to return.
 */
export class AuthenticationError extends Error {
  override readonly name = "AuthenticationError";

  /** `cause` only ever carries the gateway's own failures (a key set that could not be fetched). */
  constructor(
    readonly reason: AuthenticationFailure,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }

  /** The HTTP status the edge should answer with. */
  get status(): 401 | 503 {
    return this.reason === "SIGNING_KEYS_UNAVAILABLE" ? 503 : 401;
  }
}

/**
 * Typed upstream failures. Messages never carry the request URL, headers or body, so they are
 * safe to log; the GraphQL layer maps them to coded errors.
 */
export type ValidationErrors = Record<string, string[]>;

/** OMNI answered with an HTTP error and (usually) a `requestError.serviceException` body. */
export class OmniHttpError extends Error {
  override readonly name = "OmniHttpError";
  constructor(
    readonly status: number,
    readonly messageId: string,
    readonly text: string,
    readonly validationErrors: ValidationErrors | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(`OMNI answered ${status} ${messageId}: ${text}`);
  }
}

/**
 * OMNI could not be reached or did not answer usefully. With `beforeSend`, the request never
 * left (no connection, breaker open); otherwise nothing is known about the outcome.
 */
export class OmniUnavailableError extends Error {
  override readonly name = "OmniUnavailableError";
  constructor(
    readonly reason: "TIMEOUT" | "NETWORK" | "CIRCUIT_OPEN" | "BAD_RESPONSE",
    detail: string,
    readonly beforeSend = false,
  ) {
    super(`OMNI unavailable (${reason}): ${detail}`);
  }
}

/**
 * A request the gateway could not encode as JSON (nested deeper than the encoder can go, a value
 * JSON has no form for): the caller's input, found before anything was sent, so it says nothing
 * about OMNI's health. `path` leads to the deepest value of a request nested too deeply.
 */
export class OmniRequestNotSerializable extends Error {
  override readonly name = "OmniRequestNotSerializable";
  constructor(
    readonly reason: "TOO_DEEP" | "NOT_JSON",
    readonly depth?: number,
    readonly path?: string,
  ) {
    super(
      reason === "TOO_DEEP"
        ? `The request nests ${depth} levels deep${path ? ` at ${path}` : ""}, too deep to send.`
        : "The request holds a value that has no JSON form.",
    );
  }
}

/**
 * Whether a failed call may still have been carried out upstream, so repeating it could do it
 * twice. Only failures before the request could be processed say no: it never left (connect
 * failure, breaker open, a body that cannot be encoded), or OMNI answered 4xx, which means it did
 * not act (429 included).
 * A 5xx, a connection lost after sending, an unreadable answer or anything unforeseen may hide
 * a request OMNI did carry out.
 */
export function mayHaveReachedUpstream(error: unknown): boolean {
  if (error instanceof OmniRequestNotSerializable) return false;
  if (error instanceof OmniHttpError) return error.status >= 500;
  if (error instanceof OmniUnavailableError) return !error.beforeSend;
  return true;
}

interface ServiceExceptionBody {
  requestError?: {
    serviceException?: { messageId?: unknown; text?: unknown; validationErrors?: unknown };
  };
}

export function decodeHttpError(
  status: number,
  body: unknown,
  retryAfterHeader: string | undefined,
): OmniHttpError {
  const exception = (body as ServiceExceptionBody | null)?.requestError?.serviceException;
  const messageId =
    typeof exception?.messageId === "string" ? exception.messageId : `HTTP_${status}`;
  const text = typeof exception?.text === "string" ? exception.text : "Upstream error";
  const validationErrors = isValidationErrors(exception?.validationErrors)
    ? exception.validationErrors
    : undefined;
  return new OmniHttpError(
    status,
    messageId,
    text,
    validationErrors,
    parseRetryAfter(retryAfterHeader),
  );
}

function isValidationErrors(value: unknown): value is ValidationErrors {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"))
  );
}

/** RFC 9110 §10.2.3: delta-seconds or an HTTP-date; anything malformed is ignored. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

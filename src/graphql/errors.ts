import { GraphQLError } from "graphql";
import type { Violation } from "../domain/sendRules.js";
import { DatabaseUnavailableError } from "../store/Database.js";
import { OmniHttpError, OmniRequestNotSerializable, OmniUnavailableError } from "../omni/errors.js";
import { QuotaExceeded } from "./quota/SendQuota.js";
import {
  IdempotencyKeyInFlight,
  IdempotencyKeyInvalid,
  IdempotencyKeyReused,
  OutcomeUnknown,
} from "./idempotency/errors.js";

/** The codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "SERVICE_UNAVAILABLE",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_FLIGHT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "COST_ESTIMATED_TOO_EXPENSIVE",
  "ENTITY_LIMIT_EXCEEDED",
]);

/**
 * Violations a message spells out, and the most an error lists: 10 000 broken destinations must
 * not turn one error into megabytes.
 */
const SUMMARISED_VIOLATIONS = 10;
const LISTED_VIOLATIONS = 100;

/**
 * Violations or notices named from the operation's arguments, as clients write them
 * (`input.sms.validityPeriod`): `prefix` is the argument's name; empty means whole already.
 */
export function underArgument<T extends Violation>(items: readonly T[], prefix = "input"): T[] {
  return items.map((item) => ({ ...item, path: prefix ? `${prefix}.${item.path}` : item.path }));
}

/**
 * All violations of one input at once; `field` names the first, `violations` lists them, each
 * path under `prefix` (see underArgument).
 */
export function badUserInput(violations: readonly Violation[], prefix = "input"): GraphQLError {
  const named = underArgument(violations.slice(0, LISTED_VIOLATIONS), prefix);
  const more = violations.length - SUMMARISED_VIOLATIONS;
  const summary = named
    .slice(0, SUMMARISED_VIOLATIONS)
    .map((v) => `${v.path}: ${v.message}`)
    .concat(more > 0 ? [`… and ${more} more.`] : [])
    .join(" ");
  return new GraphQLError(`Invalid input. ${summary}`, {
    extensions: { code: "BAD_USER_INPUT", field: named[0]?.path, violations: named },
  });
}

export function notFound(what: string, field?: string): GraphQLError {
  return new GraphQLError(`${what} not found${field ? ` (${field})` : ""}.`, {
    extensions: { code: "NOT_FOUND", ...(field && { field }) },
  });
}

/** Upstream failures as coded errors: status and messageId of OMNI, never its URL or headers. */
export function fromUpstream(error: OmniHttpError | OmniUnavailableError): GraphQLError {
  if (error instanceof OmniUnavailableError) {
    return new GraphQLError("The messaging provider is unavailable. Try again later.", {
      extensions: { code: "UPSTREAM_UNAVAILABLE", upstream: { reason: error.reason } },
    });
  }
  const upstream = { status: error.status, messageId: error.messageId };
  switch (true) {
    case error.status === 400:
      return new GraphQLError(`The messaging provider rejected the request: ${error.text}`, {
        extensions: {
          code: "BAD_USER_INPUT",
          upstream,
          violations: Object.entries(error.validationErrors ?? {}).flatMap(([path, messages]) =>
            messages.map((message) => ({ path, rule: "UPSTREAM", message })),
          ),
        },
      });
    case error.status === 401:
      return new GraphQLError(
        "The gateway's credentials were rejected by the messaging provider.",
        {
          extensions: { code: "UNAUTHENTICATED", upstream },
        },
      );
    case error.status === 403:
      return new GraphQLError("The gateway's credentials lack the scope for this operation.", {
        extensions: { code: "FORBIDDEN", upstream },
      });
    case error.status === 404:
      return new GraphQLError("Not found at the messaging provider.", {
        extensions: { code: "NOT_FOUND", upstream },
      });
    case error.status === 429:
      return new GraphQLError("The messaging provider is throttling requests. Try again later.", {
        extensions: { code: "RATE_LIMITED", upstream, retryAfter: error.retryAfterSeconds },
      });
    default:
      return new GraphQLError("The messaging provider failed to answer. Try again later.", {
        extensions: { code: "UPSTREAM_UNAVAILABLE", upstream },
      });
  }
}

/** A request the gateway could not encode (too deep to send): the caller's input; nothing was sent. */
export function fromUnsendable(error: unknown): GraphQLError | undefined {
  if (!(error instanceof OmniRequestNotSerializable)) return undefined;
  return new GraphQLError(`Invalid input. ${error.message}`, {
    extensions: { code: "BAD_USER_INPUT", rule: error.reason },
  });
}

/**
 * Idempotency outcomes as coded errors (undefined for any other error); with outcome UNKNOWN,
 * `reference` lists the ids to look the outcome up by.
 */
export function fromIdempotency(error: unknown): GraphQLError | undefined {
  if (error instanceof IdempotencyKeyInvalid) {
    return new GraphQLError(error.message, {
      extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" },
    });
  }
  if (error instanceof IdempotencyKeyReused) {
    return new GraphQLError(`${error.message} Use a new key for a new request.`, {
      extensions: { code: "IDEMPOTENCY_KEY_REUSED" },
    });
  }
  if (error instanceof IdempotencyKeyInFlight) {
    return new GraphQLError(`${error.message} Retry after it has finished.`, {
      extensions: { code: "IDEMPOTENCY_KEY_IN_FLIGHT" },
    });
  }
  if (!(error instanceof OutcomeUnknown)) return undefined;
  return new GraphQLError(
    "The request may or may not have been accepted by the messaging provider. Do not resend; look it up by the ids in `reference`.",
    {
      extensions: { code: "UPSTREAM_UNAVAILABLE", outcome: "UNKNOWN", reference: error.reference },
    },
  );
}

/** The gateway's own database is down: a retryable condition, not the caller's mistake. */
export function fromDatabase(error: unknown): GraphQLError | undefined {
  if (!(error instanceof DatabaseUnavailableError)) return undefined;
  return new GraphQLError("The gateway's storage is unavailable. Try again shortly.", {
    extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
  });
}

/** A send the tenant's quota refused: nothing was sent; `retryAfter` is unset if it never fits. */
export function fromQuota(error: unknown): GraphQLError | undefined {
  if (!(error instanceof QuotaExceeded)) return undefined;
  const { window, limit, retryAfterSeconds } = error;
  return new GraphQLError(
    retryAfterSeconds === undefined
      ? `This send is larger than the whole ${window} quota of ${limit} messages; split it.`
      : `The ${window} quota of ${limit} is used up; nothing was sent. Retry after ${retryAfterSeconds} s.`,
    {
      extensions: { code: "RATE_LIMITED", quota: { window, limit }, retryAfter: retryAfterSeconds },
    },
  );
}

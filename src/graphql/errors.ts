import { GraphQLError } from "graphql";
import type { Violation } from "../domain/sendRules.js";
import { OmniHttpError, OmniUnavailableError } from "../omni/errors.js";

/** The codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_FLIGHT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** All violations of one input at once; `field` names the first, `violations` lists every one. */
export function badUserInput(violations: readonly Violation[], prefix = "input"): GraphQLError {
  const named = violations.map((v) => ({ ...v, path: `${prefix}.${v.path}` }));
  const summary = named.map((v) => `${v.path}: ${v.message}`).join(" ");
  return new GraphQLError(`Invalid input. ${summary}`, {
    extensions: { code: "BAD_USER_INPUT", field: named[0]?.path, violations: named },
  });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found.`, { extensions: { code: "NOT_FOUND" } });
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

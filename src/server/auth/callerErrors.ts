import { GraphQLError } from "graphql";
import type { AuthenticationError } from "./AuthenticationError.js";

/**
 * 401 naming the check that failed (never the credential), or a retryable 503 when the signing
 * keys could not be fetched: the gateway's problem, and logging in again would not help.
 */
export function unauthenticated(error: AuthenticationError): GraphQLError {
  if (error.status === 503) {
    return new GraphQLError("Credentials cannot be checked right now. Try again later.", {
      extensions: { code: "UPSTREAM_UNAVAILABLE", reason: error.reason, http: { status: 503 } },
    });
  }
  return new GraphQLError(error.message, {
    extensions: {
      code: "UNAUTHENTICATED",
      reason: error.reason,
      http: {
        status: 401,
        headers: new Map([["www-authenticate", 'Bearer realm="omni-gateway"']]),
      },
    },
  });
}

/** Authenticated, but no account behind the tenant: refused as a whole, never a default. */
export function unknownTenant(): GraphQLError {
  return new GraphQLError("The caller's tenant is not configured on this gateway.", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}

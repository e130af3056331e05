import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { OmniHttpError, OmniUnavailableError } from "../omni/errors.js";
import { OutcomeUnknown } from "./idempotency/errors.js";
import { fromBudget } from "./cost/UpstreamBudgetExceeded.js";
import {
  fromDatabase,
  fromIdempotency,
  fromQuota,
  fromUnsendable,
  fromUpstream,
  PUBLIC_CODES,
} from "./errors.js";

export type ErrorLogger = (fields: { errorId: string; error: unknown }) => void;

/**
 * The one place errors leave the server: known errors keep their code, upstream failures become
 * coded errors, everything else is masked with an id the operator can find in the logs.
 */
export function createFormatError(logUnexpected: ErrorLogger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    // Before upstream failures: a call the request's budget refused is one of them, never made.
    const budget = fromBudget(error);
    if (budget) return withoutStack({ ...formatted, ...pick(budget) });
    if (isUpstream(error)) {
      return withoutStack({ ...formatted, ...pick(fromUpstream(error)) });
    }
    const known = fromQuota(error) ?? fromDatabase(error) ?? fromUnsendable(error);
    if (known) return withoutStack({ ...formatted, ...pick(known) });
    const idempotency = fromIdempotency(error);
    if (idempotency) {
      const answer = withoutStack({ ...formatted, ...pick(idempotency) });
      // An unforeseen failure during a send still answers UNKNOWN, but is a bug to look into.
      if (
        error instanceof OutcomeUnknown &&
        error.cause !== undefined &&
        !isUpstream(error.cause)
      ) {
        const errorId = randomUUID();
        logUnexpected({ errorId, error: error.cause });
        return { ...answer, extensions: { ...answer.extensions, errorId } };
      }
      return answer;
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC_CODES.has(code)) return withoutStack(formatted);
    const errorId = randomUUID();
    logUnexpected({ errorId, error });
    return {
      message: "Internal server error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
    };
  };
}

function isUpstream(error: unknown): error is OmniHttpError | OmniUnavailableError {
  return error instanceof OmniHttpError || error instanceof OmniUnavailableError;
}

function pick(error: GraphQLError): Pick<GraphQLFormattedError, "message" | "extensions"> {
  return { message: error.message, extensions: error.extensions };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

import { GraphQLError } from "graphql";

/** Every refusal says which limit, what the request measured, and the most allowed. */
export interface LimitDetails {
  name: string;
  measured: number;
  max: number;
}

/**
 * A request refused whole, before anything runs. HTTP 200 with the error, as Apollo Router
 * answers COST_ESTIMATED_TOO_EXPENSIVE: the request is well-formed, the operation is too big.
 */
export function refusal(
  code: string,
  message: string,
  limit: LimitDetails,
  more: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, limit, ...more, http: { status: 200 } },
  });
}

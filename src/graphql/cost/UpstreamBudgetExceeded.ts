import { GraphQLError } from "graphql";
import { OmniUnavailableError } from "../../omni/errors.js";

/**
 * A call refused because its request has used up its budget of upstream calls. It never left,
 * like a call refused by an open circuit, so it is that kind of failure: a send refused here is
 * known not to have happened (its idempotency key is released, no outcome is UNKNOWN), and it
 * never counts against the breaker, which only sees calls that went out.
 */
export class UpstreamBudgetExceeded extends OmniUnavailableError {
  constructor(
    readonly max: number,
    readonly measured: number,
  ) {
    super("CIRCUIT_OPEN", `upstream call ${measured} of a request allowed ${max}`, true);
  }
}

export function fromBudget(error: unknown): GraphQLError | undefined {
  if (!(error instanceof UpstreamBudgetExceeded)) return undefined;
  const { max, measured } = error;
  return new GraphQLError(
    `Upstream call budget exceeded: this request needed upstream call ${measured}, and a request may make at most ${max}; nothing more was asked of the messaging provider. Ask for less in one request.`,
    {
      extensions: {
        code: "UPSTREAM_BUDGET_EXCEEDED",
        limit: { name: "upstreamCalls", measured, max },
      },
    },
  );
}

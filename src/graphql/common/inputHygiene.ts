import type { MiddlewareFn } from "type-graphql";
import { inputViolations } from "../../domain/inputHygiene.js";
import type { GatewayContext } from "../context.js";
import { badUserInput } from "../errors.js";

/**
 * Runs before every resolver that takes arguments: the rules every input obeys, whatever the
 * field (see domain/inputHygiene.ts), so a hostile string or nesting is refused as BAD_USER_INPUT
 * naming its field before it can reach the database or OMNI, on reads as on sends.
 */
export const InputHygiene: MiddlewareFn<GatewayContext> = ({ args }, next) => {
  // A send's `input` holds its ids to the send rules, which report every violation together.
  const violations = Object.entries(args).flatMap(([name, value]) =>
    inputViolations(name, value, name !== "input"),
  );
  if (violations.length) throw badUserInput(violations, "");
  return next();
};

import { Directive } from "type-graphql";

/**
 * A value shape another subgraph may define too (Infobip's status, price and error objects, a
 * count, an address): with `@shareable` on both sides an identical definition composes, where a
 * type of ours alone fails with INVALID_FIELD_SHARING. It commits us to the shape: a field added
 * here alone, or a field typed differently, fails composition again (SATISFIABILITY_ERROR,
 * FIELD_TYPE_MISMATCH). So it marks shapes Infobip or common sense fixes, never the types of our
 * own operations, which may grow, nor entities, which compose by their `@key`.
 */
export function Shareable(): ClassDecorator {
  return Directive("@shareable");
}

import type { GraphQLSchema } from "graphql";
import { hasUnsafeCharacter, MAX_ID_LENGTH } from "../../domain/inputHygiene.js";
import { isScenarioKey } from "../../domain/scenarioKey.js";
import type { Violation } from "../../domain/violation.js";
import { badUserInput } from "../errors.js";

/** Our entities and their key fields, as the SDL's `@key` directives declare them. */
const ENTITY_KEYS: Readonly<
  Record<string, { field: string; format?: (value: string) => boolean }>
> = {
  Message: { field: "messageId" },
  Scenario: { field: "key", format: isScenarioKey },
  Bulk: { field: "bulkId" },
  PushBulk: { field: "bulkId" },
};

/**
 * `_entities` checks every representation before resolving any: a router sends what another
 * subgraph returned, and one malformed reference (no key, a number, U+0000, an unknown type) is
 * the caller's mistake, answered BAD_USER_INPUT as a whole, before any upstream call.
 */
export function checkRepresentationsFirst(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  const resolve = entities?.resolve;
  if (!entities || !resolve) throw new Error("The subgraph schema has no _entities resolver.");
  entities.resolve = (source, args: { representations?: unknown }, context, info) => {
    const violations = representationViolations(args.representations);
    if (violations.length) throw badUserInput(violations, "");
    return resolve(source, args, context, info);
  };
  return schema;
}

function representationViolations(representations: unknown): Violation[] {
  if (!Array.isArray(representations)) return [];
  return representations.flatMap((representation: unknown, index) => {
    const path = `representations[${index}]`;
    const problem = problemOf(representation);
    return problem
      ? [{ path, rule: "MALFORMED_REPRESENTATION", message: `${path}: ${problem}` }]
      : [];
  });
}

function problemOf(representation: unknown): string | undefined {
  if (typeof representation !== "object" || representation === null) return "not an object.";
  const fields = representation as Record<string, unknown>;
  const typename = fields.__typename;
  const entity = typeof typename === "string" ? ENTITY_KEYS[typename] : undefined;
  if (!entity) return `__typename must be one of ${Object.keys(ENTITY_KEYS).join(", ")}.`;
  const value = fields[entity.field];
  if (typeof value !== "string") return `${typename} references need ${entity.field} as a string.`;
  if (value.length === 0 || value.length > MAX_ID_LENGTH) {
    return `${entity.field} takes 1 to ${MAX_ID_LENGTH} characters.`;
  }
  if (hasUnsafeCharacter(value)) {
    return `${entity.field} must not contain U+0000 or an unpaired surrogate.`;
  }
  if (entity.format && !entity.format(value)) return `${entity.field} is malformed.`;
  return undefined;
}

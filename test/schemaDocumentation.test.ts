import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../src/graphql/schema.js";

/**
 * What the federation library adds to every subgraph, for routers rather than for people: its
 * entity and service plumbing and the types of the `@link` and `@federation__*` imports. Their
 * shape is the Federation spec's; we neither own nor can describe them. Directive definitions are
 * left out for the same reason, and the GraphQL spec's own scalars and `__*` introspection types
 * come with graphql-js's descriptions. Everything else a client can see must say what it is.
 */
const FEDERATION_TYPES = new Set(["_Service", "_Entity", "_Any"]);
const FEDERATION_QUERY_FIELDS = new Set(["_entities", "_service"]);
const isFederationType = (name: string) =>
  FEDERATION_TYPES.has(name) || name.startsWith("link__") || name.startsWith("federation__");

const documented = (description: string | null | undefined) => Boolean(description?.trim());

function undocumentedIn(type: GraphQLNamedType, isQuery: boolean): string[] {
  const missing = documented(type.description) ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (isQuery && FEDERATION_QUERY_FIELDS.has(field.name)) continue;
      if (!documented(field.description)) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) {
        if (!documented(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!documented(field.description)) missing.push(`${type.name}.${field.name}`);
    }
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (!documented(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe("schema documentation", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGatewaySchema();
  });

  it("describes every type, field, argument, input field, enum value and scalar", () => {
    const undocumented = Object.values(schema.getTypeMap())
      .filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t))
      .filter((t) => !isFederationType(t.name))
      .flatMap((t) => undocumentedIn(t, t === schema.getQueryType()));
    expect(
      undocumented,
      `${undocumented.length} undocumented:\n${undocumented.join("\n")}\n`,
    ).toEqual([]);
  });

  // An exclusion naming nothing the schema has would hide a typo, or a type of ours so named.
  it("excludes names federation really adds", () => {
    expect(Object.keys(schema.getTypeMap())).toEqual(expect.arrayContaining([...FEDERATION_TYPES]));
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining([...FEDERATION_QUERY_FIELDS]),
    );
  });
});

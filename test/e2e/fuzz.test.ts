import fc from "fast-check";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_CODES } from "../../src/graphql/errors.js";
import { startStack, type Stack } from "../support/stack.js";

/**
 * Hostile callers, generated from the schema itself: every query and mutation, with values that
 * break every rule a field has (control characters, lone surrogates, huge and empty strings,
 * out-of-range numbers, unknown enum values, deep JSON, long lists, wrong types). Whatever comes
 * in, the answer is never a 5xx or INTERNAL_SERVER_ERROR, every error is coded, and a request
 * the gateway refuses costs OMNI nothing. Seeded, so a failure repeats.
 */
const SEED = 20261202;
const RUNS = 3_000;

/** Codes that mean the gateway itself refused the request before doing anything. */
const REFUSALS = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
]);

const hostileStrings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "\uDFFFx",
    "x".repeat(5_000),
    "41793026727",
    "+41793026727",
    "user@example.com",
    "2026-13-45T99:99:99Z",
    "<script>alert(1)</script>",
    "'; DROP TABLE reports; --",
    "../../etc/passwd",
    "%00",
    "A".repeat(32),
    "0".repeat(32),
  ),
);

const hostileInts = fc.oneof(
  fc.integer({ min: -5, max: 2_000 }),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 1_000, 1_001, 172_800, 29),
);

/** A JSON object that may nest far deeper than any payload should. */
const hostileJson = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
  fc.integer({ min: 1, max: 400 }).map((depth) => {
    let value: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < depth; i++) value = { next: value };
    return value;
  }),
);

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "Int":
    case "Float":
      return fc.oneof(hostileInts, fc.double({ noNaN: true }), hostileStrings);
    case "Boolean":
      return fc.oneof(fc.boolean(), hostileStrings);
    case "JSONObject":
    case "JSON":
      return fc.oneof(hostileJson, hostileStrings);
    case "_Any":
      return fc.record({
        __typename: fc.constantFrom("Message", "Scenario", "Bulk", "PushBulk", "Nope"),
        messageId: fc.oneof(hostileStrings, hostileInts),
        key: fc.oneof(hostileStrings, fc.constant("A".repeat(32))),
        bulkId: hostileStrings,
      });
    default:
      return fc.oneof(hostileStrings, hostileInts);
  }
}

function inputValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 9, arbitrary: inputValue(type.ofType, depth) }, fc.constant(null));
  }
  if (isListType(type)) {
    return fc.oneof(
      fc.array(inputValue(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 4 }),
      fc.constant(null),
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      hostileStrings,
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, depth + 1)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  }
  return isScalarType(type) ? scalarValue(type.name) : fc.constant(null);
}

/** `__typename` and every leaf field without required arguments: resolvers run, cheaply. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return "";
  if (!isObjectType(type)) return "{ __typename }";
  const leaves = Object.values((type as GraphQLObjectType).getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(" ")} }`;
}

interface Case {
  query: string;
  variables: Record<string, unknown>;
}

function operationsOf(schema: GraphQLSchema): fc.Arbitrary<Case> {
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const;
  const cases = roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const query =
        `${kind} Fuzz${declared ? `(${declared})` : ""} ` +
        `{ ${field.name}${passed ? `(${passed})` : ""} ${selectionOf(field)} }`;
      const variables = fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, inputValue(a.type, 0)])),
        { requiredKeys: [] },
      );
      return variables.map((values): Case => ({ query, variables: values }));
    }),
  );
  return fc.oneof(...cases);
}

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; upstream?: unknown } }[];
}

let stack: Stack;
let schema: GraphQLSchema;

beforeAll(async () => {
  stack = await startStack();
  const response = await stack.post({ query: getIntrospectionQuery() });
  schema = buildClientSchema(((await response.json()) as { data: IntrospectionQuery }).data);
});
afterAll(async () => {
  await stack.close();
});

describe("every query and mutation, fuzzed with hostile values", () => {
  it("never answers 5xx or INTERNAL_SERVER_ERROR, codes every error, and refuses for free", async () => {
    const seen = { cases: 0, refused: 0, answered: 0 };
    await fc.assert(
      fc.asyncProperty(operationsOf(schema), async ({ query, variables }) => {
        const before = await stack.upstreamCalls();
        const response = await stack.post({ query, variables });
        const body = (await response.json()) as Answer;
        const after = await stack.upstreamCalls();
        seen.cases += 1;

        expect(response.status, query).toBeLessThan(500);
        for (const error of body.errors ?? []) {
          expect(error.extensions?.code, `${query}: ${error.message}`).toBeDefined();
          expect(PUBLIC_CODES.has(error.extensions!.code!), error.message).toBe(true);
        }
        const refused =
          body.errors !== undefined &&
          body.errors.length > 0 &&
          body.data == null &&
          body.errors.every(
            (e) => REFUSALS.has(e.extensions?.code ?? "") && !e.extensions?.upstream,
          );
        if (refused) {
          seen.refused += 1;
          expect(after, `${query} was refused but called OMNI`).toEqual(before);
        } else {
          seen.answered += 1;
        }
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 240_000 },
    );
    // Both kinds happened: a fuzz that only ever hits validation errors tests nothing.
    expect(seen.refused).toBeGreaterThan(RUNS / 10);
    expect(seen.answered).toBeGreaterThan(RUNS / 20);
  }, 300_000);
});

import { readdir, readFile } from "node:fs/promises";
import { buildSubgraphSchema } from "@apollo/subgraph";
import {
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost } from "../../src/graphql/cost/estimateCost.js";
import { buildGatewaySchema } from "../../src/graphql/schema.js";
import { DEFAULT_LIMITS } from "../../src/server/limits/limits.js";
import { shapeRules } from "../../src/server/limits/shapeRules.js";

/** A small subgraph with every directive form, built (and validated) by Federation itself. */
const books = buildSubgraphSchema({
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
    type Query {
      book(id: ID!): Book @cost(weight: 50)
      books(first: Int = 5, tag: Tag): [Book!]! @listSize(slicingArguments: ["first"])
      shelf: [Book!]! @listSize(assumedSize: 20)
      anything: [Book!]!
      page(first: Int!): BookPage @listSize(slicingArguments: ["first"], sizedFields: ["items"])
      tagged(tag: Tag @cost(weight: 4)): [Tag!]!
      shelves(first: Int, after: String, last: Int, before: String): BookConnection!
        @listSize(assumedSize: 25, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    }
    type BookConnection { edges: [BookEdge!]! pageInfo: PageInfo! }
    type BookEdge { cursor: String! node: Book! }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type Mutation { order(input: OrderInput!): Book }
    input OrderInput { lines: [Line!]! @cost(weight: 3) note: String }
    input Line { bookId: ID! }
    type BookPage { items: [Book!]! total: Int }
    type Book @key(fields: "id") { id: ID! title: String tag: Tag author: Author }
    type Author @cost(weight: 7) { name: String }
    enum Tag { A B }
  `),
  resolvers: {},
});

function cost(
  schema: GraphQLSchema,
  source: string | DocumentNode,
  variables: Record<string, unknown> = {},
  defaultListSize = 10,
): number {
  const document = typeof source === "string" ? parse(source) : source;
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateCost(schema, document, operation, variables, { defaultListSize });
}

describe("the static cost of an operation (Apollo Router's rules, the IBM cost spec)", () => {
  it("counts an object 1 and a scalar or enum 0; `@cost` on a field replaces the object's 1", () => {
    expect(cost(books, `{ page(first: 0) { total } }`)).toBe(1);
    expect(cost(books, `{ book(id: "1") { id title tag } }`)).toBe(50);
  });

  it("takes a type's `@cost` wherever the type is returned", () => {
    expect(cost(books, `{ book(id: "1") { author { name } } }`)).toBe(57);
  });

  it("multiplies a list by its slicing argument, given, defaulted or from a variable", () => {
    expect(cost(books, `{ books(first: 3) { id } }`)).toBe(3);
    expect(cost(books, `{ books { id } }`)).toBe(5);
    expect(cost(books, `query ($n: Int) { books(first: $n) { id } }`, { n: 40 })).toBe(40);
    expect(cost(books, `query ($n: Int = 12) { books(first: $n) { id } }`)).toBe(12);
  });

  it("takes assumedSize without slicing arguments, else the default list size", () => {
    expect(cost(books, `{ shelf { id } }`)).toBe(20);
    expect(cost(books, `{ anything { id } }`)).toBe(10);
    expect(cost(books, `{ anything { id } }`, {}, 3)).toBe(3);
  });

  it("sizes the sizedFields of a paged object by the slicing argument", () => {
    expect(cost(books, `{ page(first: 7) { items { id } total } }`)).toBe(8);
  });

  it("sizes a Relay connection's edges by first or last, else its assumedSize", () => {
    // The connection 1, each edge and its node 1 each, pageInfo 1.
    const page = `{ edges { cursor node { id } } pageInfo { hasNextPage } }`;
    expect(cost(books, `{ shelves(first: 3) ${page} }`)).toBe(1 + 3 * 2 + 1);
    expect(cost(books, `{ shelves(last: 4, before: "x") ${page} }`)).toBe(1 + 4 * 2 + 1);
    expect(cost(books, `{ shelves(after: "x") ${page} }`)).toBe(1 + 25 * 2 + 1);
    expect(cost(books, `query ($n: Int) { shelves(first: $n) ${page} }`, { n: 40 })).toBe(82);
    const viaFragment = `{ shelves(first: 2) { ...Page } } fragment Page on BookConnection ${page}`;
    expect(cost(books, viaFragment)).toBe(1 + 2 * 2 + 1);
    const nested = `{ shelves(first: 5) { ... on BookConnection { edges { node { author { name } } } } } }`;
    expect(cost(books, nested)).toBe(1 + 5 * (1 + 1 + 7));
  });

  it("adds 10 for a mutation, 1 per input object and the `@cost` of arguments and input fields", () => {
    // 10 + Book 1 + OrderInput 1 + lines (3, and 3 per element).
    const order = `mutation ($input: OrderInput!) { order(input: $input) { id } }`;
    const lines = [{ bookId: "1" }, { bookId: "2" }];
    expect(cost(books, order, { input: { lines } })).toBe(21);
    expect(
      cost(
        books,
        `mutation { order(input: { lines: [{ bookId: "1" }, { bookId: "2" }] }) { id } }`,
      ),
    ).toBe(21);
    expect(cost(books, `{ tagged(tag: A) }`)).toBe(4);
    expect(cost(books, `{ tagged }`)).toBe(0);
  });

  it("leaves out what @skip and @include leave out, literally or by variable", () => {
    expect(cost(books, `{ shelf @skip(if: true) { id } book(id: "1") { id } }`)).toBe(50);
    expect(
      cost(books, `query ($on: Boolean!) { shelf @include(if: $on) { id } }`, { on: false }),
    ).toBe(0);
    expect(
      cost(books, `query ($on: Boolean!) { shelf @include(if: $on) { id } }`, { on: true }),
    ).toBe(20);
  });

  it("costs fragments as their fields, and a fragment bomb without walking it", () => {
    expect(cost(books, `{ book(id: "1") { ...B } } fragment B on Book { author { name } }`)).toBe(
      57,
    );
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Book { author { name } }`
        : `fragment F${i} on Book { ...F${i + 1} ...F${i + 1} }`,
    ).join("\n");
    const started = performance.now();
    expect(cost(books, `{ book(id: "1") { ...F0 } } ${fragments}`)).toBe(
      50 + 7 * 2 ** (levels - 1),
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("costs each `_entities` representation as its own type's selection", () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Book { title author { name } } } }`;
    const book = { __typename: "Book", id: "1" };
    expect(cost(books, query, { r: [book, book, book] })).toBe(3 * 8);
    expect(cost(books, query, { r: [{ __typename: "Nope" }] })).toBe(1);
    expect(cost(books, query, { r: [] })).toBe(0);
  });
});

describe("our schema's weights", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGatewaySchema();
  });

  it("reads the limit inside `filter` for messages and reports, and assumes a page without one", () => {
    const messages = `query ($f: MessageFilter) { messages(filter: $f) { attempts { channel } } }`;
    // Each message 1, its attempts 8 (one per channel) × 1, plus the filter object 1.
    expect(cost(schema, messages, { f: { limit: 10 } })).toBe(10 * 9 + 1);
    expect(cost(schema, messages, { f: { channel: "SMS" } })).toBe(50 * 9 + 1);
    expect(cost(schema, messages)).toBe(50 * 9);
    expect(cost(schema, `{ reports(filter: { limit: 1000 }) { messageId } }`)).toBe(1_001);
  });

  it("sizes the history's connections by first or last", () => {
    const messages = `query ($n: Int) { sentMessages(first: $n) { edges { node { attempts { channel } } } } }`;
    // The connection 1; each edge 1, its message 1 and the message's 8 attempts (one per channel).
    expect(cost(schema, messages, { n: 100 })).toBe(1 + 100 * 10);
    expect(cost(schema, messages)).toBe(1 + 50 * 10);
    expect(cost(schema, `{ storedReports(last: 500) { edges { node { messageId } } } }`)).toBe(
      1 + 500 * 2,
    );
    expect(cost(schema, `{ bulks(first: 10) { pageInfo { hasNextPage } } }`)).toBe(2);
  });

  it("weighs a send by its destinations: 2 each (the destination and its address)", () => {
    const send = `mutation ($input: SendTextInput!) { sendText(input: $input) { bulkId } }`;
    const input = (n: number) => ({
      text: "Hi",
      destinations: Array.from({ length: n }, () => ({ to: { phoneNumber: "41793026727" } })),
    });
    expect(cost(schema, send, { input: input(2) }) - cost(schema, send, { input: input(1) })).toBe(
      2,
    );
    // 10 (mutation) + 500 (the send) + 1 (input) + 2 per destination.
    expect(cost(schema, send, { input: input(10_000) })).toBe(10 + 500 + 1 + 20_000);
  });

  it("refuses the amplifications of issue 10 by cost alone", () => {
    const aliases = (n: number, field: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
    expect(
      cost(schema, aliases(130, `messages(filter: { limit: 1000 }) { attempts { channel } }`)),
    ).toBe(130 * 9_001);
    expect(cost(schema, aliases(60, `scenarios(limit: 1000) { key }`))).toBe(60_000);
    const scenarios = Array.from({ length: 20_000 }, (_, i) => ({
      __typename: "Scenario",
      key: i.toString(16).toUpperCase().padStart(32, "0"),
    }));
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Scenario { key name } } }`;
    expect(cost(schema, entities, { r: scenarios })).toBe(20_000);
    for (const shape of [130 * 9_001, 60_000]) expect(shape).toBeGreaterThan(DEFAULT_LIMITS.cost);
  });

  it("admits every operation of test/operations and the README with the default limits", async () => {
    const operations = await ourOperations();
    const measured: Record<string, number> = {};
    for (const { name, document, operation } of operations) {
      const errors = validate(schema, document, [...specifiedRules, ...shapeRules(DEFAULT_LIMITS)]);
      expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
      const estimated = estimateCost(schema, document, operation, WORST_CASE[name] ?? {}, {
        defaultListSize: 10,
      });
      expect(estimated, name).toBeLessThanOrEqual(DEFAULT_LIMITS.cost);
      measured[name] = estimated;
    }
    // The measured costs, at the largest inputs each operation takes (WORST_CASE).
    expect(measured).toEqual({
      MessageTimeline: 37,
      Messages: 2_001,
      Reports: 4_001,
      PreviewSms: 21,
      PlanSend: 20_682,
      Channels: 110,
      SendAdvancedWithNotices: 20_531,
      SendPush: 3_511,
      PushBulk: 3_503,
      PushStatistics: 502,
      QuarantinedReports: 10,
      Quota: 10,
      CreateScenario: 521,
      UpdateScenario: 521,
      Scenario: 508,
      Scenarios: 1_000,
      DefaultScenario: 500,
      SendAdvanced: 20_542,
      SendText: 20_531,
      Tracking: 50,
      BulkStats: 31,
      MessageStatusChanged: 5,
      "README step 1": 513,
      "README step 2": 535,
      "README step 3": 187,
      "README step 4": 603,
      SentMessagePage: 1_002,
      SentMessages: 3_002,
      StoredReports: 1_502,
      Bulks: 6_002,
    });
  });
});

const destinations = (n: number) =>
  Array.from({ length: n }, () => ({ to: { phoneNumber: "41793026727" } }));

/** The largest input each operation takes: pages of 1000, sends to 10 000 (push: 1000). */
const WORST_CASE: Record<string, Record<string, unknown>> = {
  Messages: { filter: { limit: 1_000 } },
  SentMessagePage: { first: 500 },
  SentMessages: { first: 500 },
  StoredReports: { first: 500 },
  Bulks: { first: 500 },
  Reports: { filter: { limit: 1_000 } },
  Scenarios: { limit: 1_000 },
  PlanSend: { input: { destinations: destinations(10_000), sms: { text: "Hi" } } },
  SendAdvanced: { input: { destinations: destinations(10_000), sms: { text: "Hi" } } },
  SendAdvancedWithNotices: { input: { destinations: destinations(10_000) } },
  SendText: { input: { destinations: destinations(10_000), text: "Hi" } },
  SendPush: { input: { destinations: destinations(1_000) } },
  CreateScenario: { input: { flow: [{ channel: "PUSH" }, { channel: "SMS" }] } },
  UpdateScenario: { input: { flow: [{ channel: "PUSH" }, { channel: "SMS" }] } },
};

interface Operation {
  name: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** test/operations as codegen reads them (one document, shared fragments), and the README's. */
async function ourOperations(): Promise<Operation[]> {
  const files = (await readdir("test/operations")).filter((f) => f.endsWith(".graphql")).sort();
  const sources = await Promise.all(files.map((f) => readFile(`test/operations/${f}`, "utf8")));
  const readme = await readFile("README.md", "utf8");
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => parse(m[1]!));
  const readmeOperations = blocks.flatMap((document) =>
    document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map(() => document),
  );
  return [
    ...operationsOf(parse(sources.join("\n"))),
    ...readmeOperations.map((document, i) => ({
      ...operationsOf(document)[0]!,
      name: `README step ${i + 1}`,
    })),
  ];
}

/** Each operation with the fragments it spreads (validation refuses unused ones). */
function operationsOf(document: DocumentNode): Operation[] {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  return document.definitions.flatMap((operation) => {
    if (operation.kind !== Kind.OPERATION_DEFINITION) return [];
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: ASTNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment || used.has(spread.name.value)) return;
          used.set(spread.name.value, fragment);
          collect(fragment);
        },
      });
    collect(operation);
    return [
      {
        name: operation.name?.value ?? "",
        document: { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] },
        operation,
      },
    ];
  });
}

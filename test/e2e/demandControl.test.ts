import { readFile } from "node:fs/promises";
import { composeServices } from "@apollo/composition";
import { Kind, parse, print, type ObjectTypeDefinitionNode } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  MessagesDocument,
  PlanSendDocument,
  ReportsDocument,
  ScenariosDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { ConfigError, loadConfig } from "../../src/server/config.js";
import { DEFAULT_LIMITS } from "../../src/server/limits/limits.js";
import { startStack, type Stack, type StackOptions } from "../support/stack.js";

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

async function ask(stack: Stack, query: string, variables?: unknown): Promise<Answer> {
  const response = await stack.post({ query, variables });
  return { status: response.status, ...((await response.json()) as Omit<Answer, "status">) };
}

const aliased = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ");

const scenarioKey = (i: number) => i.toString(16).toUpperCase().padStart(32, "0");

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Scenario { key name } ... on PushBulk { statistics { totalSent } } } }`;

/** Calls the sandbox saw, all routes together. */
async function totalCalls(stack: Stack): Promise<number> {
  return Object.values(await stack.upstreamCalls()).reduce((sum, n) => sum + n, 0);
}

const stacks: Stack[] = [];
async function stackWith(options: StackOptions): Promise<Stack> {
  const started = await startStack(options);
  stacks.push(started);
  return started;
}

let stack: Stack;
beforeAll(async () => {
  stack = await stackWith({});
});
afterAll(() => Promise.all(stacks.map((s) => s.close())));
beforeEach(() => stack.resetUpstreamCalls());

describe("the amplifications of issue 10 are refused before any upstream call", () => {
  it("refuses 20 000 Scenario references in one _entities request", async () => {
    const r = Array.from({ length: 20_000 }, (_, i) => ({
      __typename: "Scenario",
      key: scenarioKey(i),
    }));
    const answer = await ask(stack, ENTITIES, { r });
    expect(answer.status).toBe(200);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.message).toMatch(/limit of 1000 exceeded, found 20000/);
    expect(answer.errors![0]!.extensions).toEqual({
      code: "ENTITY_LIMIT_EXCEEDED",
      limit: { name: "entityReferences", measured: 20_000, max: 1_000 },
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("refuses 130 aliases of messages(filter: {limit: 1000}) { attempts { channel } }", async () => {
    // Through a variable and a fragment, so the document stays under the 2000-token parser cap.
    const query = `query ($f: MessageFilter) { ${aliased(130, "messages(filter: $f) { ...A }")} } fragment A on Message { attempts { channel } }`;
    const answer = await ask(stack, query, { f: { limit: 1000 } });
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toBe("Aliases limit of 15 exceeded, found 130.");
    expect(answer.errors![0]!.extensions).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: { name: "aliases", measured: 130, max: 15 },
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("refuses 60 aliased scenarios(limit: 1000)", async () => {
    const answer = await ask(stack, `{ ${aliased(60, "scenarios(limit: 1000) { key }")} }`);
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.extensions!.limit).toEqual({
      name: "aliases",
      measured: 60,
      max: 15,
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("refuses both by estimated cost too, when aliases are allowed", async () => {
    const lenient = await stackWith({ limits: { aliases: 1_000 } });
    const messages = await ask(
      lenient,
      `query ($f: MessageFilter) { ${aliased(130, "messages(filter: $f) { ...A }")} } fragment A on Message { attempts { channel } }`,
      { f: { limit: 1000 } },
    );
    const scenarios = await ask(lenient, `{ ${aliased(60, "scenarios(limit: 1000) { key }")} }`);
    // Each message 1 and its attempts (one per channel, 8) 1 each; the filter object 1.
    expect(messages.status).toBe(200);
    expect(messages.errors![0]!.extensions).toEqual({
      code: "COST_ESTIMATED_TOO_EXPENSIVE",
      limit: { name: "cost", measured: 130 * 9_001, max: 25_000 },
      cost: { estimated: 130 * 9_001, max: 25_000 },
    });
    expect(messages.errors![0]!.message).toBe(
      "Cost limit of 25000 exceeded, estimated 1170130. Ask for fewer items (a smaller limit) or fewer fields.",
    );
    expect(scenarios.errors![0]!.extensions!.cost).toEqual({ estimated: 60_000, max: 25_000 });
    expect(await lenient.upstreamCalls()).toEqual({});
  });
});

describe("depth, alias, directive and token limits (GraphQL Armor), each configurable", () => {
  it("refuses one alias over the limit and takes one at the limit", async () => {
    const over = await ask(stack, `{ ${aliased(16, "defaultScenario { key }")} }`);
    expect(over.errors![0]!.message).toBe("Aliases limit of 15 exceeded, found 16.");
    expect(await stack.upstreamCalls()).toEqual({});
    const at = await ask(stack, `{ ${aliased(15, "defaultScenario { key }")} n: __typename }`);
    expect(at.errors).toBeUndefined();
    expect(Object.keys(at.data!)).toHaveLength(16);
  });

  it("refuses one directive over the limit and takes one at the limit", async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => `t${i % 10}: __typename @include(if: true)`).join(" ");
    const over = await ask(stack, `{ ${fields(51)} }`);
    expect(over.status).toBe(400);
    expect(over.errors![0]!.message).toBe("Directives limit of 50 exceeded, found 51.");
    expect(over.errors![0]!.extensions!.limit).toEqual({
      name: "directives",
      measured: 51,
      max: 50,
    });
    expect((await ask(stack, `{ ${fields(50)} }`)).errors).toBeUndefined();
  });

  it("refuses a field nested deeper than the limit, counting fields, not fragments", async () => {
    const shallow = await stackWith({ limits: { depth: 3 } });
    const query = (attempts: string) => `{ message(messageId: "m-1") { ${attempts} } }`;
    const fragment = ` fragment S on Attempt { status { name } }`;
    const over = await ask(shallow, query("attempts { status { name } }"));
    expect(over.status).toBe(400);
    expect(over.errors![0]!.message).toBe("Query depth limit of 3 exceeded, found 4.");
    expect(over.errors![0]!.extensions).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit: { name: "depth", measured: 4, max: 3 },
    });
    expect((await ask(shallow, query("attempts { ...S }") + fragment)).errors![0]!.message).toBe(
      "Query depth limit of 3 exceeded, found 4.",
    );
    expect((await ask(shallow, query("attempts { channel }"))).errors).toBeUndefined();
    expect(await shallow.upstreamCalls()).toEqual({ "GET /omni/1/logs": 1 });
  });

  it("caps tokens while parsing, at the configured number", async () => {
    const few = await stackWith({ limits: { tokens: 20 } });
    const answer = await ask(few, `{ ${aliased(10, "__typename")} }`);
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toMatch(/more th[ae]t? 20 tokens/);
    expect(answer.errors![0]!.extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("the estimated cost", () => {
  it("refuses an operation one over the limit, and takes it at the limit", async () => {
    const tight = await stackWith({ limits: { cost: 100 } });
    const over = await tight.execute(ScenariosDocument, { limit: 101 });
    expect(over.status).toBe(200);
    expect(over.errors![0]!.extensions).toMatchObject({
      code: "COST_ESTIMATED_TOO_EXPENSIVE",
      cost: { estimated: 101, max: 100 },
    });
    expect(await tight.upstreamCalls()).toEqual({});
    expect((await tight.execute(ScenariosDocument, { limit: 100 })).errors).toBeUndefined();
  });

  it("takes our heaviest operations at their largest inputs", async () => {
    const results = await Promise.all([
      stack.execute(MessagesDocument, { filter: { limit: 1000 } }),
      stack.execute(ReportsDocument, { filter: { limit: 1000 } }),
      stack.execute(ScenariosDocument, { limit: 1000 }),
    ]);
    for (const result of results) expect(result.errors).toBeUndefined();
  });

  it("takes a plan for 2000 destinations (10 000 are estimated in test/graphql/cost.test.ts)", async () => {
    const created = await stack.execute(CreateScenarioDocument, {
      input: { name: "sms", flow: [{ channel: "SMS", from: "InfoSMS" }] },
    });
    const plan = await stack.execute(PlanSendDocument, {
      input: {
        scenarioKey: created.data!.createScenario.key,
        destinations: Array.from({ length: 2_000 }, (_, i) => ({
          to: { phoneNumber: `4179302${String(i).padStart(4, "0")}` },
        })),
        sms: { text: "Hi" },
      },
    });
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.planSend.destinations).toHaveLength(2_000);
  });
});

describe("_entities bounds", () => {
  it("refuses more distinct scenario keys than the limit, before reading any", async () => {
    const r = Array.from({ length: 51 }, (_, i) => ({
      __typename: "Scenario",
      key: scenarioKey(i),
    }));
    const answer = await ask(stack, ENTITIES, { r });
    expect(answer.errors![0]!.extensions).toEqual({
      code: "ENTITY_LIMIT_EXCEEDED",
      limit: { name: "entityScenarioKeys", measured: 51, max: 50 },
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("reads each distinct key once, up to the limit", async () => {
    const r = Array.from({ length: 1_000 }, (_, i) => ({
      __typename: "Scenario",
      key: scenarioKey(i % 50),
    }));
    const answer = await ask(stack, ENTITIES, { r });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toHaveLength(1_000);
    expect(await totalCalls(stack)).toBe(50);
  });
});

describe("the per-request budget of upstream calls", () => {
  const pushBulks = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ __typename: "PushBulk", bulkId: `bulk-${i}` }));

  it("refuses by cost what would need more calls than the budget: 60 push statistics", async () => {
    const answer = await ask(stack, ENTITIES, { r: pushBulks(60) });
    // Each PushBulk 1, and its statistics 500: an upstream call each.
    expect(answer.errors![0]!.extensions!.cost).toEqual({ estimated: 60 * 501, max: 25_000 });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("stops at the budget when the cost limit lets a shape through", async () => {
    const lenient = await stackWith({ limits: { cost: 1_000_000 } });
    const answer = await ask(lenient, ENTITIES, { r: pushBulks(60) });
    expect(await lenient.upstreamCalls()).toEqual({ "GET /push/1/statistics": 50 });
    const refused = answer.errors!;
    expect(refused).toHaveLength(10);
    for (const error of refused) {
      expect(error.extensions).toMatchObject({
        code: "UPSTREAM_BUDGET_EXCEEDED",
        limit: { name: "upstreamCalls", max: 50 },
      });
    }
    expect(refused.map((e) => e.extensions!.limit)).toContainEqual({
      name: "upstreamCalls",
      measured: 51,
      max: 50,
    });
    expect(refused[0]!.message).toMatch(/at most 50/);
  });

  it("stops distinct scenario(key:) aliases at the budget, each refusal coded", async () => {
    const small = await stackWith({ limits: { upstreamCalls: 3 } });
    const answer = await ask(
      small,
      `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: scenario(key: "${scenarioKey(i)}") { key }`).join(" ")} }`,
    );
    expect(await totalCalls(small)).toBe(3);
    // The scenario loader reads a batch together: one refused read fails the batch's fields.
    expect(answer.errors!.length).toBeGreaterThanOrEqual(2);
    for (const error of answer.errors!) {
      expect(error.extensions!.code).toBe("UPSTREAM_BUDGET_EXCEEDED");
    }
  });

  it("refuses a send past the budget as not sent, never as an unknown outcome", async () => {
    const one = await stackWith({ limits: { upstreamCalls: 1 } });
    await one.execute(CreateScenarioDocument, {
      input: { name: "default", flow: [{ channel: "SMS", from: "InfoSMS" }], isDefault: true },
    });
    await one.resetUpstreamCalls();
    // The default scenario is read first; the send itself would be call 2.
    const send = await one.execute(SendTextDocument, {
      input: {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        text: "Hi",
        idempotencyKey: "budget-1",
      },
    });
    expect(send.errors![0]!.extensions).toMatchObject({
      code: "UPSTREAM_BUDGET_EXCEEDED",
      limit: { name: "upstreamCalls", measured: 2, max: 1 },
    });
    expect(send.errors![0]!.extensions).not.toHaveProperty("outcome");
    expect((await one.upstreamCalls())["POST /omni/1/text"]).toBeUndefined();
  });

  it("leaves report intake out of it: a read that drains still answers", async () => {
    const one = await stackWith({ limits: { upstreamCalls: 1 } });
    const answer = await one.execute(ReportsDocument, {});
    expect(answer.errors).toBeUndefined();
    expect((await one.upstreamCalls())["GET /omni/1/reports"]).toBeGreaterThanOrEqual(1);
  });
});

describe("field suggestions", () => {
  const typo = `query ($f: MessageFilter) { messages(filter: $f) { messageId } }`;

  it("are off in production, in validation and in variables alike", async () => {
    const production = await stackWith({ production: true });
    const answers = await Promise.all([
      ask(production, `{ scenarioz { key } }`),
      ask(production, typo, { f: { channel: "sms" } }),
      ask(production, typo, { f: { limt: 5 } }),
    ]);
    for (const answer of answers) {
      expect(answer.errors![0]!.extensions!.code).toMatch(
        /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/,
      );
      expect(JSON.stringify(answer)).not.toContain("Did you mean");
    }
    expect(answers[1]!.errors![0]!.message).toContain(
      'Value "sms" does not exist in "Channel" enum.',
    );
    expect(await production.upstreamCalls()).toEqual({});
  });

  it("stay on outside production, where they help", async () => {
    const answer = await ask(stack, typo, { f: { channel: "sms" } });
    expect(answer.errors![0]!.message).toContain('Did you mean the enum value "SMS"?');
  });
});

describe("the weights reach routers", () => {
  it("composes @cost and @listSize into the supergraph", async () => {
    const composed = composeServices([
      {
        name: "omni",
        url: "http://omni.invalid/graphql",
        typeDefs: parse(await readFile("schema.graphql", "utf8")),
      },
    ]);
    expect(composed.errors).toBeUndefined();
    const sdl = composed.supergraphSdl!;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    // Field by field: with described arguments a field's definition spans several lines.
    const directivesOf = (type: string, field: string) => {
      const definition = parse(sdl).definitions.find(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type,
      );
      const node = definition?.fields?.find((f) => f.name.value === field);
      return (node?.directives ?? []).map((d) => print(d));
    };
    expect(directivesOf("Query", "messages")).toContain("@listSize(assumedSize: 1000)");
    expect(directivesOf("Mutation", "sendText")).toContain("@cost(weight: 500)");
    expect(directivesOf("Query", "scenarios")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^@listSize\(slicingArguments: \["limit"\]/)]),
    );
  });
});

describe("configuration", () => {
  it("sets every limit from the environment, each with its default", () => {
    const defaults = loadConfig({}).env;
    expect({
      cost: defaults.LIMIT_COST,
      depth: defaults.LIMIT_DEPTH,
      aliases: defaults.LIMIT_ALIASES,
      directives: defaults.LIMIT_DIRECTIVES,
      tokens: defaults.LIMIT_TOKENS,
      entityReferences: defaults.LIMIT_ENTITY_REFERENCES,
      entityScenarioKeys: defaults.LIMIT_ENTITY_SCENARIO_KEYS,
      upstreamCalls: defaults.LIMIT_UPSTREAM_CALLS,
    }).toEqual(DEFAULT_LIMITS);
    const set = loadConfig({ LIMIT_COST: "1000", LIMIT_ALIASES: "0", LIMIT_UPSTREAM_CALLS: "5" });
    expect([set.env.LIMIT_COST, set.env.LIMIT_ALIASES, set.env.LIMIT_UPSTREAM_CALLS]).toEqual([
      1000, 0, 5,
    ]);
    expect(() => loadConfig({ LIMIT_COST: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ LIMIT_DEPTH: "ten" })).toThrow(/LIMIT_DEPTH/);
  });
});

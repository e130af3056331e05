import type { ApolloServer } from "@apollo/server";
import { Kind, parse, print, type ObjectTypeDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendTextDocument } from "./gql/graphql.js";
import { startStack, type Stack } from "./support/stack.js";
import { startLocalSupergraph } from "./support/localSupergraph.js";

/** A second team's subgraph: orders whose confirmation is one of our messages. */
const ordersTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Order { id: ID! confirmation: Message }
  type Message @key(fields: "messageId", resolvable: false) { messageId: ID! }
  type Query { orders: [Order!]! }
`);

let stack: Stack;
let supergraph: ApolloServer;
let supergraphSdl: string;
let orders: { id: string; confirmation: { messageId: string } }[] = [];

beforeAll(async () => {
  stack = await startStack();
  ({ server: supergraph, supergraphSdl } = await startLocalSupergraph(stack.gateway.graphqlUrl, {
    name: "orders",
    typeDefs: ordersTypeDefs,
    resolvers: { Query: { orders: () => orders } },
  }));
});
afterAll(async () => {
  await supergraph?.stop();
  await stack.close();
});

describe("composed into a supergraph", () => {
  it("carries our authorization requirements, for routers that enforce them", () => {
    expect(supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1"');
    // Parsed, not read line by line: a field whose arguments are described spans several lines.
    const roots = parse(supergraphSdl).definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && ["Query", "Mutation"].includes(d.name.value),
    );
    const directivesOf = (name: string) =>
      roots
        .flatMap((type) => type.fields ?? [])
        .filter((field) => field.name.value === name)
        .flatMap((field) => field.directives ?? [])
        .map((directive) => print(directive))
        .join(" ");
    expect(directivesOf("sendText")).toContain('@requiresScopes(scopes: [["messages:send"]])');
    expect(directivesOf("sendPush")).toContain('@requiresScopes(scopes: [["push:send"]])');
    expect(directivesOf("createScenario")).toContain(
      '@requiresScopes(scopes: [["scenarios:write"]])',
    );
    expect(directivesOf("message")).toContain('@requiresScopes(scopes: [["messages:read"]])');
    expect(directivesOf("previewSms")).toContain("@authenticated");
  });

  it("resolves orders' confirmations through our Message entity, N references in one logs call", async () => {
    const destinations = Array.from({ length: 20 }, (_, i) => ({
      to: { phoneNumber: `4179302${String(i).padStart(4, "0")}` },
    }));
    const sent = await stack.execute(SendTextDocument, {
      input: { destinations, text: "Your order is confirmed" },
    });
    orders = sent.data!.sendText.messages.map((m, i) => ({
      id: `order-${i}`,
      confirmation: { messageId: m.messageId },
    }));
    await stack.advanceClock(60_000);
    await stack.resetUpstreamCalls();

    const response = await supergraph.executeOperation({
      query:
        "{ orders { id confirmation { messageId channel status { groupName } attempts { channel } } } }",
    });
    assertSingle(response.body);
    const result = response.body.singleResult;
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      orders: {
        id: string;
        confirmation: { messageId: string; channel: string; status: { groupName: string } };
      }[];
    };
    expect(data.orders).toHaveLength(20);
    for (const [i, order] of data.orders.entries()) {
      expect(order.confirmation.messageId).toBe(orders[i]!.confirmation.messageId);
      expect(order.confirmation.channel).toBe("SMS");
      expect(order.confirmation.status.groupName).toBe("DELIVERED");
    }
    // One logs call for all 20 messages; attempts' errors come from one drain of upstream
    // reports (OMNI's and the Mobile Push API's endpoints, once each).
    expect(await stack.upstreamCalls()).toEqual({
      "GET /omni/1/logs": 1,
      "GET /omni/1/reports": 1,
      "GET /push/1/reports": 1,
    });
  });

  it("answers _entities for Scenario with one upstream read per distinct key", async () => {
    const [a, b] = await Promise.all(
      ["A", "B"].map(async (name) => {
        const res = await stack.post({
          query: "mutation($input: ScenarioInput!) { createScenario(input: $input) { key } }",
          variables: { input: { name, flow: [{ channel: "SMS", from: "InfoSMS" }] } },
        });
        return ((await res.json()) as { data: { createScenario: { key: string } } }).data
          .createScenario.key;
      }),
    );
    await stack.resetUpstreamCalls();
    const res = await stack.post({
      query:
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Scenario { key name } } }",
      variables: { r: [a, b, a, "0".repeat(32)].map((key) => ({ __typename: "Scenario", key })) },
    });
    const body = (await res.json()) as {
      data: { _entities: { key: string; name: string | null }[] };
    };
    expect(body.data._entities).toEqual([
      { key: a, name: "A" },
      { key: b, name: "B" },
      { key: a, name: "A" },
      { key: "0".repeat(32), name: null },
    ]);
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/scenarios/{scenarioKey}": 3 });
  });
});

function assertSingle<T extends { kind: string }>(
  body: T,
): asserts body is Extract<T, { kind: "single" }> {
  expect(body.kind).toBe("single");
}

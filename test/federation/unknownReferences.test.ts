import type { ApolloServer } from "@apollo/server";
import { randomUUID } from "node:crypto";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendTextDocument } from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";
import { startLocalSupergraph } from "../support/localSupergraph.js";

/**
 * A second team's subgraph whose campaigns reference one of each of our entities, every reference
 * non-null: one unknown reference nulled there would null the whole list, `data` itself.
 */
const campaignsTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Campaign {
    id: ID!
    confirmation: Message!
    scenario: Scenario!
    bulk: Bulk!
    push: PushBulk!
  }
  type Message @key(fields: "messageId", resolvable: false) { messageId: ID! }
  type Scenario @key(fields: "key", resolvable: false) { key: ID! }
  type Bulk @key(fields: "bulkId", resolvable: false) { bulkId: ID! }
  type PushBulk @key(fields: "bulkId", resolvable: false) { bulkId: ID! }
  type Query { campaigns: [Campaign!]! }
`);

/** Every non-null field of our four entities, and the nullable ones an unknown key leaves null. */
const CAMPAIGNS = `{
  campaigns {
    id
    confirmation { messageId bulkId status { groupName } channel deliveredVia attempts { channel } report { channel } reports { channel } }
    scenario { key name isDefault flow { channel } }
    bulk { bulkId messageCount byStatus { status count } byChannel { channel } totalPrice { currency } deliveryRate }
    push { bulkId messages { messageId } statistics { totalSent delivered } }
  }
}`;

const UNKNOWN = {
  messageId: randomUUID(),
  scenarioKey: "0".repeat(32),
  bulkId: `never-sent-${randomUUID()}`,
  pushBulkId: `never-pushed-${randomUUID()}`,
};

/** What each entity answers for a key OMNI and the gateway never heard of (README). */
const UNKNOWN_ENTITIES = {
  confirmation: {
    messageId: UNKNOWN.messageId,
    bulkId: null,
    status: null,
    channel: null,
    deliveredVia: null,
    attempts: [],
    report: null,
    reports: [],
  },
  scenario: { key: UNKNOWN.scenarioKey, name: null, isDefault: false, flow: [] },
  bulk: {
    bulkId: UNKNOWN.bulkId,
    messageCount: 0,
    byStatus: [],
    byChannel: [],
    totalPrice: [],
    deliveryRate: 0,
  },
  push: { bulkId: UNKNOWN.pushBulkId, messages: [], statistics: { totalSent: 0, delivered: 0 } },
};

let stack: Stack;
let supergraph: ApolloServer;
let campaigns: {
  id: string;
  confirmation: { messageId: string };
  scenario: { key: string };
  bulk: { bulkId: string };
  push: { bulkId: string };
}[] = [];

beforeAll(async () => {
  stack = await startStack();
  ({ server: supergraph } = await startLocalSupergraph(stack.gateway.graphqlUrl, {
    name: "campaigns",
    typeDefs: campaignsTypeDefs,
    resolvers: { Query: { campaigns: () => campaigns } },
  }));
});
afterAll(async () => {
  await supergraph?.stop();
  await stack.close();
});

describe("references to entities we never heard of", () => {
  it("leave the router's answer whole: the known campaign, and the unknown one's empty entities", async () => {
    const sent = await stack.execute(SendTextDocument, {
      input: {
        destinations: [
          { to: { phoneNumber: "41793020001" } },
          { to: { phoneNumber: "41793020002" } },
        ],
        text: "Spring sale",
      },
    });
    const created = await stack.post({
      query: "mutation($input: ScenarioInput!) { createScenario(input: $input) { key } }",
      variables: { input: { name: "Spring", flow: [{ channel: "SMS", from: "InfoSMS" }] } },
    });
    const scenarioKey = ((await created.json()) as { data: { createScenario: { key: string } } })
      .data.createScenario.key;
    const { bulkId, messages } = sent.data!.sendText;
    await stack.advanceClock(60_000);
    campaigns = [
      {
        id: "known",
        confirmation: { messageId: messages[0]!.messageId },
        scenario: { key: scenarioKey },
        bulk: { bulkId: bulkId! },
        push: { bulkId: UNKNOWN.pushBulkId },
      },
      {
        id: "unknown",
        confirmation: { messageId: UNKNOWN.messageId },
        scenario: { key: UNKNOWN.scenarioKey },
        bulk: { bulkId: UNKNOWN.bulkId },
        push: { bulkId: UNKNOWN.pushBulkId },
      },
    ];

    const response = await supergraph.executeOperation({ query: CAMPAIGNS });
    expect(response.body.kind).toBe("single");
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    expect(result?.errors).toBeUndefined();
    const data = result?.data as { campaigns: Record<string, unknown>[] } | null | undefined;
    expect(data?.campaigns).toHaveLength(2);
    const [known, unknown] = data!.campaigns;
    expect(known).toMatchObject({
      id: "known",
      confirmation: { status: { groupName: "DELIVERED" }, attempts: [{ channel: "SMS" }] },
      scenario: { key: scenarioKey, name: "Spring", flow: [{ channel: "SMS" }] },
      bulk: { bulkId, messageCount: 2, deliveryRate: 1 },
    });
    expect(unknown).toEqual({ id: "unknown", ...UNKNOWN_ENTITIES });
  });

  it("answer _entities with those objects, not null", async () => {
    const res = await stack.post({
      query: `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Message { messageId status { name } attempts { channel } reports { channel } }
        ... on Scenario { key isDefault flow { channel } }
        ... on Bulk { bulkId messageCount byStatus { count } deliveryRate }
        ... on PushBulk { bulkId messages { messageId } }
      } }`,
      variables: {
        r: [
          { __typename: "Message", messageId: UNKNOWN.messageId },
          { __typename: "Scenario", key: UNKNOWN.scenarioKey },
          { __typename: "Bulk", bulkId: UNKNOWN.bulkId },
          { __typename: "PushBulk", bulkId: UNKNOWN.pushBulkId },
        ],
      },
    });
    expect(await res.json()).toEqual({
      data: {
        _entities: [
          { messageId: UNKNOWN.messageId, status: null, attempts: [], reports: [] },
          { key: UNKNOWN.scenarioKey, isDefault: false, flow: [] },
          { bulkId: UNKNOWN.bulkId, messageCount: 0, byStatus: [], deliveryRate: 0 },
          { bulkId: UNKNOWN.pushBulkId, messages: [] },
        ],
      },
    });
  });

  it("still answer our own lookups with null: there the client asks whether it exists", async () => {
    const res = await stack.post({
      query: `query($m: ID!, $s: ID!, $b: ID!) {
        message(messageId: $m) { messageId }
        scenario(key: $s) { key }
        bulk(bulkId: $b) { bulkId }
      }`,
      variables: { m: UNKNOWN.messageId, s: UNKNOWN.scenarioKey, b: UNKNOWN.bulkId },
    });
    expect(await res.json()).toEqual({ data: { message: null, scenario: null, bulk: null } });
  });
});

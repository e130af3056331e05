import type { ApolloServer } from "@apollo/server";
import { parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SendPushDocument } from "../gql/graphql.js";
import { APP, PUSH_DEVICES } from "../support/pushDevices.js";
import { startStack, type Stack } from "../support/stack.js";
import { startLocalSupergraph } from "../support/localSupergraph.js";

/** A marketing team's subgraph: campaigns that point at the push bulk they sent. */
const campaignsTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Campaign { name: String! push: PushBulk }
  type PushBulk @key(fields: "bulkId", resolvable: false) { bulkId: ID! }
  type Query { campaigns: [Campaign!]! }
`);

let stack: Stack;
let supergraph: ApolloServer;
let campaigns: { name: string; push: { bulkId: string } }[] = [];

beforeAll(async () => {
  stack = await startStack({ seed: { devices: PUSH_DEVICES } });
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

it("resolves a campaign's PushBulk, statistics and messages, through the supergraph", async () => {
  const sent = await stack.execute(SendPushDocument, {
    input: { applicationCode: APP, destinations: [{ phoneNumber: "441134960001" }], text: "Sale!" },
  });
  campaigns = [{ name: "Spring sale", push: { bulkId: sent.data!.sendPush.bulkId } }];
  await stack.advanceClock(60_000);

  const response = await supergraph.executeOperation({
    query:
      "{ campaigns { name push { bulkId statistics { totalSent delivered } messages { to status { groupName } } } } }",
  });
  expect(response.body.kind).toBe("single");
  const result = (response.body as { singleResult: { data?: unknown; errors?: unknown } })
    .singleResult;
  expect(result.errors).toBeUndefined();
  const [campaign] = (
    result.data as {
      campaigns: {
        push: {
          bulkId: string;
          statistics: { totalSent: number; delivered: number };
          messages: { to: string; status: { groupName: string } }[];
        };
      }[];
    }
  ).campaigns;
  expect(campaign!.push.bulkId).toBe(campaigns[0]!.push.bulkId);
  expect(campaign!.push.statistics).toEqual({ totalSent: 3, delivered: 3 });
  expect(campaign!.push.messages.map((m) => [m.to, m.status.groupName]).sort()).toEqual([
    ["REG-ALICE-ANDROID", "DELIVERED"],
    ["REG-ALICE-IPAD", "DELIVERED"],
    ["REG-ALICE-IPHONE", "DELIVERED"],
  ]);
});

import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

/**
 * A second team's subgraph, as plain as one can be: customers kept in memory, each with the ids
 * of the messages the CRM sent them through omni. It owns no message data; the router resolves
 * `lastMessages` from omni's `Message` entity, all of a customer's references in one batch.
 */

const KEPT_MESSAGES = 200;

const typeDefs = parse(readFileSync(new URL("./schema.graphql", import.meta.url), "utf8"));

/** @type {Map<string, { id: string, name: string, messageIds: string[] }>} */
const customers = new Map();

const resolvers = {
  Query: {
    customer: (_root, { id }) => customers.get(id) ?? null,
  },
  Mutation: {
    recordMessages: (_root, { customerId, name, messageIds }) => {
      const known = customers.get(customerId);
      const customer = {
        id: customerId,
        name: name ?? known?.name ?? customerId,
        messageIds: [...messageIds, ...(known?.messageIds ?? [])].slice(0, KEPT_MESSAGES),
      };
      customers.set(customerId, customer);
      return customer;
    },
  },
  Customer: {
    __resolveReference: ({ id }) => customers.get(id) ?? null,
    // A reference is all the router needs: `{ messageId }` of the entity omni owns.
    lastMessages: (customer) => customer.messageIds.map((messageId) => ({ messageId })),
  },
};

const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers }) });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.CRM_PORT ?? 4201), host: process.env.HOST ?? "127.0.0.1" },
});
console.log(`crm subgraph ready at ${url}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}

// The subgraph a team would write by hand instead of omni-gateway: Apollo Server, @apollo/subgraph
// and @apollo/datasource-rest with their defaults. The benchmark starts it as a process of its own.
import { readFile } from "node:fs/promises";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { OmniAPI } from "./OmniAPI.mjs";
import { resolvers } from "./resolvers.mjs";

const typeDefs = parse(await readFile(new URL("schema.graphql", import.meta.url), "utf8"));
const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers }) });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 4001) },
  context: async () => ({
    dataSources: {
      omni: new OmniAPI({
        baseURL: process.env.OMNI_BASE_URL,
        apiKey: process.env.OMNI_API_KEY,
        cache: server.cache,
      }),
    },
  }),
});
console.log(`plain subgraph: ${url}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}

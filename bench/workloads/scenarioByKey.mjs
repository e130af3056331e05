// Workload 1: one scenario by key. Raw REST is the floor; the subgraphs add GraphQL on top, and
// ours twice: with its scenario cache off (one upstream read per request, as the plain one) and on.
import { compareUnderLoad, summariseRuns } from "../compareUnderLoad.mjs";
import { ratioPerRun } from "../measure.mjs";
import { API_KEY, graphql } from "../stack.mjs";

const OURS_QUERY =
  "query($key: ID!) { scenario(key: $key) { key name isDefault flow { channel from } } }";
const PLAIN_QUERY =
  "query($key: String!) { scenario(key: $key) { key name default flow { channel from } } }";
const ROUTE = "GET /omni/1/scenarios/{scenarioKey}";

const graphqlTarget = (peer, query, key) => ({
  url: peer.url,
  method: "POST",
  headers: { "content-type": "application/json", ...peer.headers },
  body: JSON.stringify({ query, variables: { key } }),
});

/** Both subgraphs must answer what the sandbox holds before their speed means anything. */
async function checkAnswers({ plain, oursUncached, oursCached }, expected) {
  const same = (s, isDefault) =>
    s?.key === expected.key && s.name === expected.name && isDefault === expected.default;
  const fromPlain = (await graphql(plain, PLAIN_QUERY, { key: expected.key })).scenario;
  if (!same(fromPlain, fromPlain?.default))
    throw new Error(`plain: wrong scenario ${JSON.stringify(fromPlain)}`);
  for (const ours of [oursUncached, oursCached]) {
    const fromOurs = (await graphql(ours, OURS_QUERY, { key: expected.key })).scenario;
    if (!same(fromOurs, fromOurs?.isDefault))
      throw new Error(`${ours.name}: wrong scenario ${JSON.stringify(fromOurs)}`);
  }
}

export async function scenarioByKey({ sandbox, plain, oursUncached, oursCached }, settings) {
  const [scenario] = (await sandbox.omni("GET", "/omni/1/scenarios?isDefault=true")).scenarios;
  await checkAnswers({ plain, oursUncached, oursCached }, scenario);
  const candidates = [
    {
      name: "raw REST",
      target: {
        url: `${sandbox.url}/omni/1/scenarios/${scenario.key}`,
        headers: { authorization: `App ${API_KEY}` },
      },
      processes: [sandbox],
      route: ROUTE,
    },
    {
      name: "plain subgraph",
      target: graphqlTarget(plain, PLAIN_QUERY, scenario.key),
      processes: [plain, sandbox],
      route: ROUTE,
    },
    {
      name: "ours, cache off",
      target: graphqlTarget(oursUncached, OURS_QUERY, scenario.key),
      processes: [oursUncached, sandbox],
      route: ROUTE,
    },
    {
      name: "ours, cache on",
      target: graphqlTarget(oursCached, OURS_QUERY, scenario.key),
      processes: [oursCached, sandbox],
      route: ROUTE,
    },
  ];
  const byName = await compareUnderLoad(sandbox, candidates, settings);
  const rps = (name) => byName[name].map((r) => r.rps);
  const peerCpu = (name, peer) => byName[name].map((r) => r.cpuMsPerRequest[peer]);
  return {
    connections: settings.connections,
    durationS: settings.durationS,
    scenarioKey: scenario.key,
    candidates: summariseRuns(byName),
    ratios: {
      "plain subgraph / raw REST, req/s": ratioPerRun(rps("plain subgraph"), rps("raw REST")),
      "ours, cache off / raw REST, req/s": ratioPerRun(rps("ours, cache off"), rps("raw REST")),
      "ours, cache on / raw REST, req/s": ratioPerRun(rps("ours, cache on"), rps("raw REST")),
      "ours, cache off / plain subgraph, req/s": ratioPerRun(
        rps("ours, cache off"),
        rps("plain subgraph"),
      ),
      "ours, cache on / plain subgraph, req/s": ratioPerRun(
        rps("ours, cache on"),
        rps("plain subgraph"),
      ),
      "ours, cache off / plain subgraph, peer CPU per request": ratioPerRun(
        peerCpu("ours, cache off", oursUncached.name),
        peerCpu("plain subgraph", plain.name),
      ),
      "ours, cache on / plain subgraph, peer CPU per request": ratioPerRun(
        peerCpu("ours, cache on", oursCached.name),
        peerCpu("plain subgraph", plain.name),
      ),
    },
  };
}

// Workload 2: the status of 100 messages, as a router asks a subgraph for them (`_entities`).
// Raw REST is one logs call for all 100 ids; the plain subgraph makes one per entity, which is what
// datasource-rest does unless someone writes a batch; ours batches them into one.
import { compareUnderLoad, summariseRuns } from "../compareUnderLoad.mjs";
import { ratioPerRun } from "../measure.mjs";
import { API_KEY, graphql } from "../stack.mjs";

export const ENTITY_COUNT = 100;
const ROUTE = "GET /omni/1/logs";
const QUERY =
  "query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { messageId status { groupName name description } } } }";

/** 100 messages straight into the sandbox, delivered, so both subgraphs read the same logs. */
export async function sendMessages(sandbox) {
  const destinations = Array.from({ length: ENTITY_COUNT }, (_, i) => ({
    to: { phoneNumber: `4179300${String(i).padStart(4, "0")}` },
  }));
  const sent = await sandbox.omni("POST", "/omni/1/advanced", {
    destinations,
    sms: { text: "Benchmark" },
  });
  await sandbox.advanceClock(1);
  return sent.messages.map((m) => m.messageId);
}

const entitiesTarget = (peer, representations) => ({
  url: peer.url,
  method: "POST",
  headers: { "content-type": "application/json", ...peer.headers },
  body: JSON.stringify({ query: QUERY, variables: { r: representations } }),
});

/** Both subgraphs must give every message the status the logs show. */
async function checkAnswers(peers, sandbox, ids, representations) {
  const { results } = await sandbox.omni(
    "GET",
    `/omni/1/logs?messageId=${ids.join(",")}&limit=1000`,
  );
  const expected = new Map(results.map((row) => [row.messageId, row.status.name]));
  for (const peer of peers) {
    const { _entities: entities } = await graphql(peer, QUERY, { r: representations });
    const wrong = entities.filter(
      (e, i) => e.messageId !== ids[i] || e.status?.name !== expected.get(ids[i]),
    );
    if (entities.length !== ids.length || wrong.length)
      throw new Error(`${peer.name}: wrong statuses ${JSON.stringify(wrong.slice(0, 2))}`);
  }
}

/** Upstream calls of a single operation, counted by the sandbox: exact, unlike a load's average. */
async function callsOfOne(sandbox, run) {
  await sandbox.resetCalls();
  await run();
  return (await sandbox.calls())[ROUTE] ?? 0;
}

export async function messageEntities({ sandbox, plain, ours }, ids, settings) {
  const representations = ids.map((messageId) => ({ __typename: "Message", messageId }));
  await checkAnswers([plain, ours], sandbox, ids, representations);
  const rawPath = `/omni/1/logs?messageId=${ids.join(",")}&limit=1000`;
  const rawTarget = {
    url: `${sandbox.url}${rawPath}`,
    headers: { authorization: `App ${API_KEY}` },
  };
  const callsPerOperation = {
    "raw REST": await callsOfOne(sandbox, () => sandbox.omni("GET", rawPath)),
    "plain subgraph": await callsOfOne(sandbox, () =>
      graphql(plain, QUERY, { r: representations }),
    ),
    ours: await callsOfOne(sandbox, () => graphql(ours, QUERY, { r: representations })),
  };
  const candidates = [
    { name: "raw REST", target: rawTarget, processes: [sandbox], route: ROUTE },
    {
      name: "plain subgraph",
      target: entitiesTarget(plain, representations),
      processes: [plain, sandbox],
      route: ROUTE,
    },
    {
      name: "ours",
      target: entitiesTarget(ours, representations),
      processes: [ours, sandbox],
      route: ROUTE,
    },
  ];
  const byName = await compareUnderLoad(sandbox, candidates, settings);
  const rps = (name) => byName[name].map((r) => r.rps);
  const total = (name) =>
    byName[name].map((r) => Object.values(r.cpuMsPerRequest).reduce((a, b) => a + b, 0));
  return {
    entities: ENTITY_COUNT,
    connections: settings.connections,
    durationS: settings.durationS,
    upstreamCallsPerOperation: callsPerOperation,
    candidates: summariseRuns(byName),
    ratios: {
      "plain subgraph / raw REST, req/s": ratioPerRun(rps("plain subgraph"), rps("raw REST")),
      "ours / raw REST, req/s": ratioPerRun(rps("ours"), rps("raw REST")),
      "ours / plain subgraph, req/s": ratioPerRun(rps("ours"), rps("plain subgraph")),
      "ours / plain subgraph, CPU of all processes per request": ratioPerRun(
        total("ours"),
        total("plain subgraph"),
      ),
    },
  };
}

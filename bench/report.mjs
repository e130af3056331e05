// The results as the README shows them: one Markdown section, printed and written to
// bench/results/latest.md, so the README's figures are copied, never retyped.
import { markdownTable, spread } from "./markdownTable.mjs";

const peerCpu = (candidate) => {
  const [peer] = Object.keys(candidate.cpuMsPerRequest).filter((p) => p !== "sandbox");
  return peer ? spread(candidate.cpuMsPerRequest[peer], 2, " ms") : "–";
};

function ratioTable(ratios) {
  return markdownTable(
    ["ratio, within each run", "median (min–max)"],
    Object.entries(ratios).map(([name, r]) => [name, spread(r, 2)]),
  );
}

/** A load workload's row: throughput, latency, CPU of each process, then `upstream`. */
const loadRow = (name, c, upstream) => [
  name,
  spread(c.rps),
  spread(c.p50Ms, 0, " ms"),
  spread(c.p99Ms, 0, " ms"),
  peerCpu(c),
  spread(c.cpuMsPerRequest.sandbox, 2, " ms"),
  upstream,
];

function scenarioSection(w) {
  const rows = Object.entries(w.candidates).map(([name, c]) =>
    loadRow(name, c, spread(c.upstreamCallsPerRequest, 2)),
  );
  return [
    `**\`scenario(key)\`** at ${w.connections} connections, ${w.durationS} s per run; raw REST is \`GET /omni/1/scenarios/{key}\` straight at the sandbox. CPU is user + system time of each process per request; upstream reads are the sandbox's count of scenario reads per request.`,
    "",
    markdownTable(
      [
        "",
        "req/s",
        "p50",
        "p99",
        "CPU per request, peer",
        "CPU per request, sandbox",
        "upstream reads per request",
      ],
      rows,
    ),
    "",
    ratioTable(w.ratios),
  ].join("\n");
}

function entitiesSection(w) {
  const rows = Object.entries(w.candidates).map(([name, c]) =>
    loadRow(name, c, String(w.upstreamCallsPerOperation[name])),
  );
  return [
    `**${w.entities} \`Message\` entities with \`status\`** (\`_entities\`, as a router asks for them) at ${w.connections} connections, ${w.durationS} s per run; raw REST is one \`GET /omni/1/logs?messageId=<${w.entities} ids>&limit=1000\`.`,
    "",
    markdownTable(
      [
        "",
        "operations/s",
        "p50",
        "p99",
        "CPU per operation, peer",
        "CPU per operation, sandbox",
        "logs calls per operation",
      ],
      rows,
    ),
    "",
    ratioTable(w.ratios),
  ].join("\n");
}

function bulkSection(w) {
  const sizes = Object.keys(w.msPerSend["raw REST"]);
  const rows = sizes.map((size) => [
    size.length > 4 ? size.replace(/\B(?=(\d{3})+$)/g, " ") : size,
    spread(w.msPerSend["raw REST"][size], 0, " ms"),
    spread(w.msPerSend.ours[size], 0, " ms"),
    spread(w.ratios[`ours / raw REST, time per send of ${size}`], 2),
  ]);
  return [
    `**Bulk send**, end to end, one send at a time (the median of ${w.sendsPerRun} send${w.sendsPerRun === 1 ? "" : "s"} per run): raw \`POST /omni/1/advanced\` against ours' \`sendAdvanced\` with the same destinations and SMS text. Ours' resident memory: ${spread(w.oursRssBeforeLargestMB, 0, " MB")} before the 10 000-destination sends, peak ${spread(w.oursPeakRssDuringLargestMB, 0, " MB")} during them.`,
    "",
    markdownTable(["destinations", "raw REST", "ours", "ours / raw REST"], rows),
  ].join("\n");
}

function coldSection(w) {
  const rows = Object.entries(w.candidates).map(([name, c]) => [
    name,
    spread(c.startMs, 0, " ms"),
    spread(c.idleRssMB, 0, " MB"),
  ]);
  return [
    `**Cold start**: spawn to the first answered \`{ __typename }\`, and resident memory ${w.settleMs / 1000} s later, idle.`,
    "",
    markdownTable(["", "cold start", "idle RSS"], rows),
  ].join("\n");
}

export function renderMarkdown(result) {
  const { machine } = result;
  const store = machine.postgres ? `PostgreSQL ${machine.postgres}` : "embedded PGlite";
  return `${[
    `<!-- Written by \`npm run bench\` on ${machine.date}; the README's Performance section copies these tables. -->`,
    "",
    `Measured on ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, ours storing into ${store}, at commit ${machine.commit}. Three candidates on one sandbox, in one run: raw REST straight at the sandbox (the floor), a plain hand-written subgraph (Apollo Server 5, \`@apollo/subgraph\`, \`@apollo/datasource-rest\` with its defaults: \`bench/plainSubgraph/\`), and ours. Each is a process of its own; autocannon loads them from another. ${machine.runs} run${machine.runs === 1 ? "" : "s"}, the candidates in rotated order in each; figures are the median (min–max) over runs, ratios are taken within a run.`,
    ...[
      result.scenarioByKey && scenarioSection(result.scenarioByKey),
      result.messageEntities && entitiesSection(result.messageEntities),
      result.bulkSend && bulkSection(result.bulkSend),
      result.coldStart && coldSection(result.coldStart),
    ].flatMap((section) => (section ? ["", section] : [])),
  ].join("\n")}\n`;
}

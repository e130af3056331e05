// `BENCH_PROFILE=1 npm run bench` (or `node bench/profile.mjs` after a build): ours under the
// scenario(key) load and under the 100-entities load, each in a gateway started with --cpu-prof,
// and where its main thread's time went, by bucket. Writes bench/results/profile.{md,json}.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { markdownTable } from "./markdownTable.mjs";
import { copyIntoReadme } from "./readmeBlocks.mjs";
import { load } from "./measure.mjs";
import { exitAfter, onInterrupt } from "./processes.mjs";
import { summariseProfile } from "./profileBuckets.mjs";
import { readSettings } from "./settings.mjs";
import { mainStore, removeScratch, startOurs, startSandbox, stop } from "./stack.mjs";
import { ENTITY_COUNT, sendMessages } from "./workloads/messageEntities.mjs";

const TOP_BUCKETS = 12;
const TOP_FUNCTIONS = 8;
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

function workloads(scenarioKey, ids, settings) {
  const graphqlTarget = (ours, query, variables) => ({
    url: ours.url,
    method: "POST",
    headers: { "content-type": "application/json", ...ours.headers },
    body: JSON.stringify({ query, variables }),
  });
  return [
    {
      name: "scenario(key)",
      connections: settings.scenarioConnections,
      target: (ours) =>
        graphqlTarget(
          ours,
          "query($key: ID!) { scenario(key: $key) { key name isDefault flow { channel from } } }",
          { key: scenarioKey },
        ),
    },
    {
      name: `${ENTITY_COUNT} Message entities`,
      connections: settings.entityConnections,
      target: (ours) =>
        graphqlTarget(
          ours,
          "query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { messageId status { groupName name description } } } }",
          { r: ids.map((messageId) => ({ __typename: "Message", messageId })) },
        ),
    },
  ];
}

async function profileOne(sandbox, workload, settings, dir) {
  const ours = await startOurs(sandbox, {
    // The same code unbundled, so that each function keeps its package's file for the buckets.
    script: "dist/main.js",
    store: mainStore(`profile_${workload.connections}`),
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
  });
  let window;
  let result;
  try {
    const target = workload.target(ours);
    await load(target, { connections: workload.connections, durationS: settings.warmupS });
    const startUs = nowUs();
    result = await load(target, {
      connections: workload.connections,
      durationS: settings.durationS,
      processes: [ours],
    });
    window = { startUs, endUs: nowUs() };
  } finally {
    // The profile is written as the process exits, which SIGINT lets it do.
    await stop(ours.child);
  }
  const [file] = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(await readFile(`${dir}/${file}`, "utf8"));
  let summary = summariseProfile(profile, window);
  const windowed = summary.samplesInWindow > 0;
  if (!windowed) summary = summariseProfile(profile);
  return { workload, result, summary, windowed };
}

function section({ workload, result, summary, windowed }) {
  const perRequest = (us) => (us / 1000 / result.requests).toFixed(3);
  const share = (us) => `${((us / 1000 / summary.busyMs) * 100).toFixed(1)} %`;
  return [
    `**${workload.name}** at ${workload.connections} connections: ${Math.round(result.rps)} req/s, ours ${result.cpuMsPerRequest[Object.keys(result.cpuMsPerRequest)[0]].toFixed(2)} ms CPU per request (all threads, /proc); the main thread was busy ${Math.round(summary.busyMs)} ms ${windowed ? "during the load" : "over the whole process (start-up included: the load window could not be placed)"}.`,
    "",
    markdownTable(
      ["bucket", "self time", "share of busy", "ms per request"],
      summary.buckets
        .slice(0, TOP_BUCKETS)
        .map((b) => [b.name, `${Math.round(b.us / 1000)} ms`, share(b.us), perRequest(b.us)]),
    ),
    "",
    markdownTable(
      ["function (self time)", "bucket", "share of busy"],
      summary.functions
        .slice(0, TOP_FUNCTIONS)
        .map((f) => [`\`${f.name.replaceAll("|", "\\|")}\``, f.bucket, share(f.us)]),
    ),
  ].join("\n");
}

async function main() {
  const settings = readSettings();
  exitAfter(settings.deadlineS, "profile");
  const tmp = await mkdtemp(`${os.tmpdir()}/omni-bench-profile-`);
  onInterrupt(() => rm(tmp, { recursive: true, force: true }));
  let sandbox;
  try {
    sandbox = await startSandbox();
    const [scenario] = (await sandbox.omni("GET", "/omni/1/scenarios?isDefault=true")).scenarios;
    const ids = await sendMessages(sandbox);
    const profiles = [];
    for (const [i, workload] of workloads(scenario.key, ids, settings).entries()) {
      console.error(`profiling ours under ${workload.name}`);
      const dir = `${tmp}/${i}`;
      await mkdir(dir);
      profiles.push(await profileOne(sandbox, workload, settings, dir));
    }
    const markdown = `${[
      `<!-- Written by \`BENCH_PROFILE=1 npm run bench\` on ${new Date().toISOString()}. -->`,
      "",
      `Where ours spends its main thread's time (V8 CPU profile, \`--cpu-prof\`, self time, of the unbundled build \`dist/main.js\` so that each function keeps its package's file; ${settings.durationS} s of load after ${settings.warmupS} s of warm-up, ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}). Buckets: a package under node_modules, a part of Node (node:…), a folder of our code (ours: src/…); "V8: (program)" is native work outside JavaScript (mostly the HTTP parser and I/O), "V8: GC" the collector's main-thread share.`,
      "",
      ...profiles.flatMap((p) => [section(p), ""]),
    ].join("\n")}`;
    console.log(`\n${markdown}`);
    await mkdir("bench/results", { recursive: true });
    await writeFile("bench/results/profile.md", markdown);
    await writeFile(
      "bench/results/profile.json",
      `${JSON.stringify(
        profiles.map(({ workload, result, summary, windowed }) => ({
          workload: workload.name,
          connections: workload.connections,
          durationS: settings.durationS,
          load: result,
          windowed,
          busyMs: summary.busyMs,
          buckets: summary.buckets.map((b) => ({ name: b.name, ms: b.us / 1000 })),
          functions: summary.functions
            .slice(0, 50)
            .map((f) => ({ name: f.name, bucket: f.bucket, ms: f.us / 1000 })),
        })),
        null,
        2,
      )}\n`,
    );
    await copyIntoReadme("bench/results/profile.md");
    console.error(
      "written to bench/results/profile.md and profile.json, and copied into the README",
    );
  } finally {
    if (sandbox) await stop(sandbox.child);
    await removeScratch();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();

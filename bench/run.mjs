// `npm run bench`: three candidates on one sandbox, in one run, on the same workloads: raw REST
// straight at the sandbox (the floor), a plain hand-written Apollo subgraph (bench/plainSubgraph/),
// and ours (dist/gateway.js). Each is a process of its own on loopback, loaded by autocannon from
// another. Prints the tables and writes bench/results/latest.{json,md}.
// `BENCH_PROFILE=1 npm run bench` profiles ours instead (bench/profile.mjs).
import { mkdir, writeFile } from "node:fs/promises";
import { describeMachine } from "./machine.mjs";
import { exitAfter } from "./processes.mjs";
import { copyIntoReadme } from "./readmeBlocks.mjs";
import { renderMarkdown } from "./report.mjs";
import { readSettings, WORKLOADS } from "./settings.mjs";
import { mainStore, removeScratch, startOurs, startPlain, startSandbox, stop } from "./stack.mjs";
import { bulkSend } from "./workloads/bulkSend.mjs";
import { coldStart } from "./workloads/coldStart.mjs";
import { messageEntities, sendMessages } from "./workloads/messageEntities.mjs";
import { scenarioByKey } from "./workloads/scenarioByKey.mjs";

if (process.env.BENCH_PROFILE === "1") {
  await import("./profile.mjs");
} else {
  await main();
}

async function main() {
  const settings = readSettings();
  exitAfter(settings.deadlineS, "bench");
  const log = (line) => console.error(line);
  const startedAt = performance.now();
  const machine = await describeMachine({
    runs: settings.runs,
    durationS: settings.durationS,
    warmupS: settings.warmupS,
  });
  const peers = [];
  try {
    const only = (name) => settings.workloads.includes(name);
    const sandbox = await startSandbox();
    peers.push(sandbox);
    const plain =
      (only("scenario") || only("entities")) &&
      (await startPlain(sandbox, { name: "plain subgraph" }));
    if (plain) peers.push(plain);
    const ours =
      settings.workloads.some((name) => name !== "cold") &&
      (await startOurs(sandbox, { name: "ours", store: mainStore("main") }));
    if (ours) peers.push(ours);

    let scenario, entities, bulk, cold;
    if (only("scenario")) {
      log("scenario(key)");
      const oursUncached = await startOurs(sandbox, {
        name: "ours, cache off",
        store: mainStore("uncached"),
        env: { SCENARIO_CACHE_TTL_MS: "0" },
      });
      peers.push(oursUncached);
      scenario = await scenarioByKey(
        { sandbox, plain, oursUncached, oursCached: ours },
        { ...settings, connections: settings.scenarioConnections, log },
      );
      await stop(oursUncached.child);
    }
    if (only("entities")) {
      log("100 Message entities");
      const ids = await sendMessages(sandbox);
      entities = await messageEntities({ sandbox, plain, ours }, ids, {
        ...settings,
        connections: settings.entityConnections,
        log,
      });
    }
    if (plain) await stop(plain.child);
    if (only("bulk")) {
      log("bulk send");
      bulk = await bulkSend({ sandbox, ours }, { ...settings, log });
    }
    if (ours) await stop(ours.child);
    if (only("cold")) {
      log("cold start");
      cold = await coldStart({ sandbox }, { ...settings, log });
    }

    const result = {
      machine: { ...machine, elapsedS: Math.round((performance.now() - startedAt) / 1000) },
      scenarioByKey: scenario,
      messageEntities: entities,
      bulkSend: bulk,
      coldStart: cold,
    };
    const markdown = renderMarkdown(result);
    console.log(`\n${markdown}`);
    // A subset is a working measurement, not the run the README copies.
    const name = settings.workloads.length === WORKLOADS.length ? "latest" : "partial";
    await mkdir("bench/results", { recursive: true });
    await writeFile(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(`bench/results/${name}.md`, markdown);
    log(`written to bench/results/${name}.json and ${name}.md in ${result.machine.elapsedS} s`);
    if (name === "latest") {
      await copyIntoReadme("bench/results/latest.md");
      log("and copied into the README's Performance section");
    }
  } finally {
    for (const peer of peers.reverse()) await stop(peer.child);
    await removeScratch();
  }
}

// Workload 4: spawn to the first answered `{ __typename }`, and the resident memory once started
// and settled. Ours starts its store too: PostgreSQL when DATABASE_URL is set, and embedded PGlite
// in a new folder (which it creates) and in one it made before.
import { setTimeout as sleep } from "node:timers/promises";
import { rotated, summarise } from "../measure.mjs";
import { memoryBytes } from "../processes.mjs";
import { scratchDir, scratchSchema, startOurs, startPlain, stop, usesPostgres } from "../stack.mjs";

function candidates(sandbox) {
  const list = [];
  if (usesPostgres) {
    const reused = { schema: scratchSchema("cold") };
    list.push({
      name: "ours, PostgreSQL, migrated schema",
      prepare: () => startOurs(sandbox, { store: reused }).then((p) => stop(p.child)),
      start: () => startOurs(sandbox, { store: reused }),
    });
    list.push({
      name: "ours, PostgreSQL, new schema",
      start: (run) => startOurs(sandbox, { store: { schema: scratchSchema(`cold_new_${run}`) } }),
    });
  }
  const reusedDir = { dataDir: scratchDir("cold-reused") };
  list.push({
    name: "ours, PGlite, new DATA_DIR",
    start: (run) => startOurs(sandbox, { store: { dataDir: scratchDir(`cold-new-${run}`) } }),
  });
  list.push({
    name: "ours, PGlite, reused DATA_DIR",
    prepare: () => startOurs(sandbox, { store: reusedDir }).then((p) => stop(p.child)),
    start: () => startOurs(sandbox, { store: reusedDir }),
  });
  list.push({ name: "plain subgraph", start: () => startPlain(sandbox) });
  return list;
}

export async function coldStart({ sandbox }, { runs, settleMs, log }) {
  const list = candidates(sandbox);
  for (const candidate of list) await candidate.prepare?.();
  const results = Object.fromEntries(list.map((c) => [c.name, { startMs: [], idleRssMB: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const candidate of rotated(list, run)) {
      const peer = await candidate.start(run);
      try {
        await sleep(settleMs);
        results[candidate.name].startMs.push(peer.startMs);
        results[candidate.name].idleRssMB.push((await memoryBytes(peer.child.pid)) / 2 ** 20);
      } finally {
        await stop(peer.child);
      }
      log(`  run ${run + 1}/${runs} ${candidate.name}: ${Math.round(peer.startMs)} ms`);
    }
  }
  return {
    settleMs,
    candidates: Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        { startMs: summarise(r.startMs), idleRssMB: summarise(r.idleRssMB) },
      ]),
    ),
  };
}

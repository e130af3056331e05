/** The knobs of a run, from the environment; the defaults keep `npm run bench` near 6 minutes on 2 cores. */
function positive(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/** The workloads, in the order a run takes them. */
export const WORKLOADS = ["scenario", "entities", "bulk", "cold"];

/** `BENCH_ONLY=scenario,bulk`: a subset, while working on one; unset: all of them. */
function selectedWorkloads() {
  const raw = process.env.BENCH_ONLY;
  if (!raw) return WORKLOADS;
  const chosen = raw.split(",").map((name) => name.trim());
  const unknown = chosen.filter((name) => !WORKLOADS.includes(name));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown ${unknown}; known: ${WORKLOADS}`);
  return WORKLOADS.filter((name) => chosen.includes(name));
}

export function readSettings() {
  return {
    workloads: selectedWorkloads(),
    runs: Math.round(positive("BENCH_RUNS", 5)),
    durationS: positive("BENCH_DURATION_S", 5),
    warmupS: positive("BENCH_WARMUP_S", 2),
    scenarioConnections: Math.round(positive("BENCH_CONNECTIONS", 50)),
    entityConnections: Math.round(positive("BENCH_ENTITY_CONNECTIONS", 20)),
    sends: Math.min(9, Math.round(positive("BENCH_SENDS", 3))),
    settleMs: positive("BENCH_SETTLE_MS", 1_000),
    // Everything together may take no longer: a hung child must not hang the run.
    deadlineS: positive("BENCH_DEADLINE_S", 1_500),
  };
}

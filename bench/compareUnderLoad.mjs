// The shape of the two load workloads: every candidate answers the same question under the same
// load, in rotated order within each run, and ratios are taken within a run.
import { load, rotated, summarise } from "./measure.mjs";

/**
 * `candidates`: { name, target, processes, route }, where `route` is the sandbox route whose calls
 * are counted per request. Each one is loaded once unmeasured first (JIT, pools, caches).
 */
export async function compareUnderLoad(sandbox, candidates, settings) {
  const { runs, durationS, warmupS, connections, log } = settings;
  for (const candidate of candidates) {
    await load(candidate.target, { connections, durationS: warmupS });
  }
  const byName = Object.fromEntries(candidates.map((c) => [c.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const candidate of rotated(candidates, run)) {
      await sandbox.resetCalls();
      const result = await load(candidate.target, {
        connections,
        durationS,
        processes: candidate.processes,
      });
      const calls = (await sandbox.calls())[candidate.route] ?? 0;
      result.upstreamCallsPerRequest = calls / result.sent;
      byName[candidate.name].push(result);
      log(
        `  run ${run + 1}/${runs} ${candidate.name}: ${Math.round(result.rps)} req/s, p99 ${result.p99Ms} ms`,
      );
    }
  }
  return byName;
}

/** Per candidate: each figure over the runs, and the raw runs. */
export function summariseRuns(byName) {
  return Object.fromEntries(
    Object.entries(byName).map(([name, runs]) => {
      const processes = Object.keys(runs[0].cpuMsPerRequest);
      return [
        name,
        {
          rps: summarise(runs.map((r) => r.rps)),
          p50Ms: summarise(runs.map((r) => r.p50Ms)),
          p99Ms: summarise(runs.map((r) => r.p99Ms)),
          cpuMsPerRequest: Object.fromEntries(
            processes.map((p) => [p, summarise(runs.map((r) => r.cpuMsPerRequest[p]))]),
          ),
          upstreamCallsPerRequest: summarise(runs.map((r) => r.upstreamCallsPerRequest)),
          runs,
        },
      ];
    }),
  );
}

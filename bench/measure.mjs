// Load from a process of its own (autocannon), the CPU each process spent on it, and the
// statistics every table shows: median with min–max over runs.
import { spawn } from "node:child_process";
import { cpuMs, track } from "./processes.mjs";

const AUTOCANNON = "node_modules/autocannon/autocannon.js";
const AUTOCANNON_GRACE_MS = 30_000;

export function summarise(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, min: NaN, max: NaN, runs: values };
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: values };
}

/** Run `r` visits the candidates starting at the r-th, so none always goes first or last. */
export function rotated(candidates, run) {
  return candidates.map((_, i) => candidates[(i + run) % candidates.length]);
}

function autocannon(args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(process.execPath, [AUTOCANNON, "--json", ...args], {
        stdio: ["ignore", "pipe", "ignore"],
      }),
    );
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`autocannon exited ${code ?? signal}`));
    });
  });
}

/**
 * One load of `durationS` seconds at `connections`, with the CPU (user + system) each of
 * `processes` spent meanwhile, per request completed.
 */
export async function load(target, { connections, durationS, processes = [] }) {
  const args = ["-c", String(connections), "-d", String(durationS), "-m", target.method ?? "GET"];
  for (const [name, value] of Object.entries(target.headers ?? {}))
    args.push("-H", `${name}=${value}`);
  if (target.body) args.push("-b", target.body);
  const before = await Promise.all(processes.map((p) => cpuMs(p.child.pid)));
  const result = await autocannon([...args, target.url], durationS * 1000 + AUTOCANNON_GRACE_MS);
  const after = await Promise.all(processes.map((p) => cpuMs(p.child.pid)));
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(
      `load on ${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  const requests = result.requests.total;
  return {
    requests,
    // Sent counts the requests still in flight when the load stopped, which reached the peer too.
    sent: result.requests.sent,
    rps: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerRequest: Object.fromEntries(
      processes.map((p, i) => [p.name, (after[i] - before[i]) / requests]),
    ),
  };
}

/** `numerator / denominator` of each run, then summarised: a ratio within each run. */
export function ratioPerRun(numerators, denominators) {
  return summarise(numerators.map((n, i) => n / denominators[i]));
}

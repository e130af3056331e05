// The processes a benchmark run starts: each one tracked, so none outlives the run, whether it
// ends, fails or is interrupted.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const children = new Set();
const cleanups = [];
const STOP_GRACE_MS = 5_000;
const CLEANUP_GRACE_MS = 5_000;
const KEPT_OUTPUT = 4_000;

function killAll() {
  for (const child of children) child.kill("SIGKILL");
}

process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    killAll();
    const timeout = new Promise((resolve) => setTimeout(resolve, CLEANUP_GRACE_MS).unref());
    void Promise.race([Promise.allSettled(cleanups.map((fn) => fn())), timeout]).then(() =>
      process.exit(130),
    );
  });
}

/** Ends the run (exit 1) once it has taken `deadlineS`: a hung child must not hang it. */
export function exitAfter(deadlineS, label) {
  const deadline = setTimeout(() => {
    console.error(`${label}: over BENCH_DEADLINE_S (${deadlineS} s), stopping`);
    process.exit(1);
  }, deadlineS * 1000);
  deadline.unref();
}

/** Runs on an interrupt too, after every child is killed (say, to remove scratch files). */
export function onInterrupt(cleanup) {
  cleanups.push(cleanup);
}

/** A child killed with the rest when the run ends, fails or is interrupted. */
export function track(child) {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A Node process whose output is drained (a full pipe would stall it) and the tail kept, so a
 * child that dies says why.
 */
export function startNode(script, { env, nodeArgs = [] }) {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => (output = (output + chunk).slice(-KEPT_OUTPUT));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  track(child);
  child.output = () => output;
  return child;
}

/** SIGINT: our gateway then skips its drain delay; a child that hangs is killed. */
export async function stop(child, signal = "SIGINT") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** Polls until `probe` succeeds; a child that exits first fails at once, with its output. */
export async function waitFor(child, probe, what, deadlineMs = 60_000) {
  const until = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}):\n${child.output()}`);
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${what} did not answer in ${deadlineMs} ms`);
    await sleep(5);
  }
}

/** utime + stime from /proc, in milliseconds (the kernel counts in ticks of 10 ms). */
export async function cpuMs(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident set size in bytes: VmRSS now, or VmHWM, the peak since the process started. */
export async function memoryBytes(pid, field = "VmRSS") {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]) * 1024;
}

/** Samples VmRSS every few milliseconds until the returned function is called; gives the peak. */
export function sampleRss(pid) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await memoryBytes(pid));
      await sleep(5);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return Math.max(peak, await memoryBytes(pid));
  };
}

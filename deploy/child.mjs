import { spawn } from "node:child_process";
import net from "node:net";

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

/** A port nobody listens on right now, for a child that must be told its port up front. */
export async function freePort(host = "127.0.0.1") {
  const server = net.createServer();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One process of the kit. Its output goes line by line to `onLine`; it counts as started once
 * `readyUrl` answers as `isReady` says (polled, since not every child prints when it is ready),
 * and starting fails if it exits first or takes longer than 90 s. Once started, an exit nobody
 * asked for (`stop`) is reported to `onUnexpectedExit`.
 */
export async function startChild({
  name,
  command = process.execPath,
  args,
  env,
  cwd,
  readyUrl,
  isReady = (response) => response.ok,
  onLine,
  onUnexpectedExit,
}) {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let expected = false;
  let started = false;
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  // Before it is ready, starting fails instead.
  void exited.then((status) => {
    if (started && !expected) onUnexpectedExit(name, status);
  });
  for (const stream of [child.stdout, child.stderr]) {
    let partial = "";
    stream.on("data", (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) onLine(name, line);
    });
  }

  const handle = {
    name,
    pid: child.pid,
    exited,
    /** Sends `signal` and resolves with the exit status; SIGKILL after 10 s. */
    async stop(signal = "SIGTERM") {
      expected = true;
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      const status = await exited;
      clearTimeout(timer);
      return status;
    },
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (;;) {
    if (gone) throw new Error(`${name} exited (${await exited}) before it was ready`);
    try {
      if (isReady(await fetch(readyUrl, { signal: AbortSignal.timeout(2_000) }))) {
        started = true;
        return handle;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await handle.stop("SIGKILL");
      throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inStage, type BuiltImage } from "./buildImage.js";

export interface Container {
  /** The container's PID 1 (the ENTRYPOINT), as this machine numbers it. */
  pid1: number;
  child: ChildProcess;
  output: () => string;
  /** The exit code the runtime would report, or the signal's name. */
  exited: Promise<number | string>;
  /** The environment `docker run -e` gave it, with the image's paths as this machine sees them. */
  env: Record<string, string>;
}

/**
 * `docker run` of the image, as near as this machine allows: ENTRYPOINT + CMD as PID 1 of a PID
 * namespace of its own (so tini and the signals it gets behave as in a container), as the image's
 * USER, in its WORKDIR, with its ENV and then `overrides`. The network is this machine's, so the
 * caller picks free ports. Resolves once the gateway says it is ready.
 */
export async function startContainer(
  image: BuiltImage,
  overrides: Record<string, string>,
  { readyWithinMs = 90_000 } = {},
): Promise<Container> {
  const env = containerEnv(image, overrides);
  const [program, ...args] = [...image.entrypoint, ...image.cmd];
  if (!program) throw new Error("the image has neither ENTRYPOINT nor CMD");
  const child = spawn(
    "unshare",
    // --kill-child: should this test die, the container's processes die with it.
    ["--pid", "--fork", "--kill-child", "--", ...asUser(image), imagePath(image, program), ...args],
    { cwd: inStage(image, "."), env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready within ${readyWithinMs} ms:\n${output}`)),
      readyWithinMs,
    );
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes("omni-gateway ready")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ready:\n${output}`));
    });
  });
  try {
    await ready;
  } catch (error) {
    // unshare's --kill-child takes the namespace down with it.
    child.kill("SIGKILL");
    throw error;
  }
  const [pid1] = await childrenOf(child.pid!);
  if (!pid1) throw new Error("the PID namespace has no init");
  return { pid1, child, output: () => output, exited, env };
}

/** Runs the HEALTHCHECK command as Docker does (USER, WORKDIR, the container's environment). */
export function runHealthcheck(image: BuiltImage, env: Record<string, string>) {
  const [program, ...args] = image.healthcheck!.argv;
  const started = Date.now();
  return new Promise<{ code: number | string; ms: number }>((resolve) => {
    execFile(
      asUser(image)[0]!,
      [...asUser(image).slice(1), imagePath(image, program!), ...args],
      {
        cwd: inStage(image, "."),
        env,
        timeout: image.healthcheck!.timeoutMs,
        killSignal: "SIGKILL",
      },
      (error) => {
        const failure = error as (Error & { code?: number; killed?: boolean }) | null;
        const code = !failure ? 0 : failure.killed ? "timeout" : (failure.code ?? "unknown");
        resolve({ code, ms: Date.now() - started });
      },
    );
  });
}

/** The processes a process started, from /proc. */
export async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8");
  return text.trim().split(/\s+/).filter(Boolean).map(Number);
}

function containerEnv(image: BuiltImage, overrides: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
  for (const [name, value] of Object.entries(image.env)) {
    // An absolute path in ENV (DATA_DIR=/data) is a path of the image.
    env[name] = value.startsWith("/") ? inStage(image, value) : value;
  }
  return { ...env, ...overrides };
}

function asUser(image: BuiltImage): string[] {
  if (!image.user) throw new Error("the image runs as root: it needs a USER");
  const { uid, gid } = image.user;
  return ["setpriv", `--reuid=${uid}`, `--regid=${gid}`, "--clear-groups", "--"];
}

/** A program named by path is the image's; a bare name is looked up on PATH, the base image's. */
function imagePath(image: BuiltImage, program: string): string {
  return program.startsWith("/") ? path.join(image.root, program) : program;
}

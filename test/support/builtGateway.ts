import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "../..");
let built: Promise<string> | undefined;

/**
 * The gateway built as `npm start` runs it, compiled and bundled (dist/gateway.js), for tests
 * that need a process of its own (to signal or kill it). Built once per test process, into a
 * folder of its own under node_modules/.cache (so the output still resolves the project's
 * packages, and a parallel `npm start` keeps its dist/).
 */
export function builtGateway(): Promise<string> {
  built ??= (async () => {
    const outDir = path.join(
      ROOT,
      "node_modules/.cache/omni-gateway-tests",
      randomBytes(6).toString("hex"),
    );
    await mkdir(outDir, { recursive: true });
    const run = (script: string, ...args: string[]) =>
      promisify(execFile)(process.execPath, [script, ...args], { cwd: ROOT });
    await run(
      path.join(ROOT, "node_modules/typescript/bin/tsc"),
      "-p",
      "tsconfig.build.json",
      "--outDir",
      outDir,
    );
    await run(path.join(outDir, "bundleGateway.js"));
    return path.join(outDir, "gateway.js");
  })();
  return built;
}

export interface GatewayProcess {
  child: ChildProcess;
  /** Everything it printed. */
  output: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** Starts the built gateway with `env` and resolves once it says it is ready. */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [await builtGateway()], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes("omni-gateway ready")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) =>
      reject(new Error(`gateway exited (${code}) before ready:\n${output}`)),
    );
  });
  return { child, output: () => output, exited };
}

import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import { usesPostgres } from "./stack.mjs";

const run = promisify(execFile);

async function postgresVersion() {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query("SHOW server_version");
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

async function commit() {
  try {
    const { stdout } = await run("git", ["rev-parse", "--short", "HEAD"], { timeout: 5_000 });
    const { stdout: changes } = await run("git", ["status", "--porcelain", "--", "src"], {
      timeout: 5_000,
    });
    return `${stdout.trim()}${changes.trim() ? " (src changed since)" : ""}`;
  } catch {
    return "unknown";
  }
}

/** What the figures depend on, written beside them. */
export async function describeMachine(settings) {
  return {
    date: new Date().toISOString(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    postgres: usesPostgres ? await postgresVersion() : undefined,
    store: usesPostgres ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite",
    commit: await commit(),
    ...settings,
  };
}

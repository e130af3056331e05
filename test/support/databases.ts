import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { pgliteTemplate } from "./pgliteTemplate.js";
import type { DatabaseSettings } from "../../src/store/openDatabase.js";
import type { GatewayOptions } from "../../src/server/startGateway.js";

export type Backend = "pglite" | "postgres";

/** PGlite always; the machine's PostgreSQL too when DATABASE_URL is set (CI sets it). */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase {
  database: GatewayOptions["database"];
  drop(): Promise<void>;
}

/** A schema of its own per test run, so parallel test files never see each other's rows. */
function uniqueSchema(): string {
  return `t_${randomBytes(6).toString("hex")}`;
}

function postgres(): TestDatabase {
  const url = process.env.DATABASE_URL!;
  const schema = uniqueSchema();
  return {
    database: { url, schema } satisfies DatabaseSettings,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A database that outlives one gateway process: PGlite files, or a PostgreSQL schema. */
export async function durableDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "postgres") return postgres();
  const dataDir = await mkdtemp(path.join(tmpdir(), "omni-gateway-"));
  return {
    database: { dataDir, pgliteTemplate: await pgliteTemplate() },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/**
 * A database for one stack and its replicas. For PGlite that is the test file's embedded instance
 * (the stack's default), which replicas in this process share; PostgreSQL replicas each open
 * their own pool on a fresh schema, as separate processes would.
 */
export function sharedDatabase(backend: Backend): TestDatabase {
  if (backend === "postgres") return postgres();
  return { database: undefined, drop: async () => undefined };
}

import { mkdir, readdir } from "node:fs/promises";
import type { Database } from "./Database.js";
import { migrate } from "./migrations.js";
import { shippedPgliteTemplate } from "./pgliteTemplate.js";

export interface DatabaseSettings {
  /** A PostgreSQL URL; without it, embedded PGlite. */
  url?: string;
  /** Where PGlite keeps its files; without it (and without `url`), PGlite runs in memory. */
  dataDir?: string;
  /** Every table lives in this schema, so one PostgreSQL database can hold several gateways. */
  schema?: string;
  /**
   * A dumped PGlite data directory a new PGlite starts from, instead of running initdb. Default:
   * the one `npm run build` made, if any.
   */
  pgliteTemplate?: Blob;
}

export const DEFAULT_SCHEMA = "omni_gateway";

/** Names go into SQL text (search_path, LISTEN), so only plain lower-case identifiers pass. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,40}$/;

/** Opens the store's database and migrates it before anything reads or writes. */
export async function openDatabase(
  settings: DatabaseSettings,
  onError: (error: unknown) => void,
): Promise<Database> {
  const schema = settings.schema ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid database schema name "${schema}".`);
  let db: Database;
  // Each driver is loaded only when chosen: a gateway on PostgreSQL never loads PGlite.
  if (settings.url) {
    const { openPostgres } = await import("./postgres.js");
    db = await openPostgres(settings.url, schema, onError);
  } else {
    const { openPglite } = await import("./pglite.js");
    const fresh = !settings.dataDir || (await isEmpty(settings.dataDir));
    if (settings.dataDir) await mkdir(settings.dataDir, { recursive: true });
    const template = fresh
      ? (settings.pgliteTemplate ?? (await shippedPgliteTemplate()))
      : undefined;
    db = await openPglite(schema, settings.dataDir, template);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function isEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const VERSION = (
  JSON.parse(
    await readFile(
      new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url),
      "utf8",
    ),
  ) as { version: string }
).version;
const FILE = path.join(tmpdir(), `omni-gateway-pglite-${VERSION}.tar`);

/**
 * A fresh PGlite data directory, made once per machine and PGlite version: initdb takes seconds,
 * loading its dump about one, and every test file needs an embedded Postgres.
 */
export async function pgliteTemplate(): Promise<Blob> {
  try {
    return new Blob([await readFile(FILE)]);
  } catch {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir("none");
    await db.close();
    // Renamed into place, so a parallel test file never reads half a file.
    const partial = `${FILE}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, FILE);
    return dump;
  }
}

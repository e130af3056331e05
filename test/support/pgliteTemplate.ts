import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dumpFreshPglite } from "../../src/store/pglite.js";
import { PGLITE_TEMPLATE } from "../../src/store/pgliteTemplate.js";

// The build's file name carries the PGlite version, so a new version makes a new template.
const FILE = path.join(tmpdir(), `omni-gateway-${path.basename(fileURLToPath(PGLITE_TEMPLATE))}`);

/**
 * A fresh PGlite data directory, made once per machine and PGlite version, as the build makes
 * the product's: initdb takes seconds, and every test file needs an embedded Postgres.
 */
export async function pgliteTemplate(): Promise<Blob> {
  try {
    return new Blob([await readFile(FILE)]);
  } catch {
    const dump = await dumpFreshPglite();
    // Renamed into place, so a parallel test file never reads half a file.
    const partial = `${FILE}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, FILE);
    return dump;
  }
}

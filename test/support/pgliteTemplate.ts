import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { keptPgliteTemplate, PGLITE_TEMPLATE } from "../../src/store/pgliteTemplate.js";

// The build's file name carries the PGlite version, so a new version makes a new template.
const FILE = path.join(tmpdir(), `omni-gateway-${path.basename(fileURLToPath(PGLITE_TEMPLATE))}`);

/**
 * A fresh PGlite data directory, made once per machine and PGlite version, as the build makes
 * the product's: initdb takes seconds, and every test file needs an embedded Postgres.
 */
export function pgliteTemplate(): Promise<Blob> {
  return keptPgliteTemplate(FILE);
}

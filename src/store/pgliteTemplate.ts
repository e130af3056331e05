import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

// The package exports no package.json; it sits one folder above the entry point (dist/).
const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.resolve("@electric-sql/pglite")), "utf8"),
) as { version: string };

/**
 * Where `npm run build` leaves a fresh PGlite data directory (buildPgliteTemplate.ts): beside the
 * compiled code, named by the PGlite version that made it, since another version may not read it.
 */
export const PGLITE_TEMPLATE = new URL(`../pglite-template-${version}.tar.gz`, import.meta.url);

/** The build's template, or undefined where there is none (tests run from src/): then initdb. */
export async function shippedPgliteTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(PGLITE_TEMPLATE)]);
  } catch {
    return undefined;
  }
}

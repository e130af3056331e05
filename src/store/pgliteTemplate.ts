import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ownPackage } from "../ownPackage.js";

// The package exports no package.json; it sits one folder above the entry point (dist/).
const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.resolve("@electric-sql/pglite")), "utf8"),
) as { version: string };

/**
 * Where `npm run build` leaves a fresh PGlite data directory (buildPgliteTemplate.ts): in dist/,
 * beside the compiled code, named by the PGlite version that made it, since another version may
 * not read it.
 */
export const PGLITE_TEMPLATE = pathToFileURL(
  path.join(ownPackage()?.dir ?? process.cwd(), "dist", `pglite-template-${version}.tar.gz`),
);

/** The build's template, or undefined where there is none (before a build): then initdb. */
export async function shippedPgliteTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(PGLITE_TEMPLATE)]);
  } catch {
    return undefined;
  }
}

/**
 * The template kept in `file`, made there first if it is missing (initdb takes seconds). Renamed
 * into place: a build stopped half-way, or a parallel test file, never reads half a file.
 */
export async function keptPgliteTemplate(file: string): Promise<Blob> {
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // PGlite is loaded here only: a gateway on PostgreSQL imports this module too.
    const { dumpFreshPglite } = await import("./pglite.js");
    const dump = await dumpFreshPglite();
    const partial = `${file}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  }
}

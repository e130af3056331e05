// `npm run build`'s last step: the fresh PGlite data directory a new DATA_DIR starts from, so
// the first `npm start` (or container start) skips initdb. Kept between builds: made once per
// PGlite version.
import { access, rename, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dumpFreshPglite } from "./store/pglite.js";
import { PGLITE_TEMPLATE } from "./store/pgliteTemplate.js";

const target = fileURLToPath(PGLITE_TEMPLATE);
try {
  await access(target);
} catch {
  const dump = await dumpFreshPglite();
  // Renamed into place: a build stopped half-way leaves no half template behind.
  await writeFile(`${target}.partial`, Buffer.from(await dump.arrayBuffer()));
  await rename(`${target}.partial`, target);
}

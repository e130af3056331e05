// `npm run build`'s template step: the fresh PGlite data directory a new DATA_DIR starts from, so
// the first `npm start` (or container start) skips initdb. Kept between builds: made once per
// PGlite version.
import { fileURLToPath } from "node:url";
import { keptPgliteTemplate, PGLITE_TEMPLATE } from "./store/pgliteTemplate.js";

await keptPgliteTemplate(fileURLToPath(PGLITE_TEMPLATE));

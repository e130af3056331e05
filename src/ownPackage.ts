import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_NAME = "omni-gateway";

export interface OwnPackage {
  /** The folder of our package.json: the checkout, or /app in the image. */
  dir: string;
  version: string;
}

let looked = false;
let found: OwnPackage | undefined;

/**
 * The gateway's own package, the nearest package.json up from this module that is ours. Found
 * rather than written as "../..": this code runs compiled file by file (dist/…/x.js), bundled
 * (dist/gateway.js and its chunks) and from src/ under the tests, each a different depth.
 */
export function ownPackage(): OwnPackage | undefined {
  if (looked) return found;
  looked = true;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const { name, version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
      if (name === PACKAGE_NAME && typeof version === "string") found = { dir, version };
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return found;
}

// Bundles the failover playground into static files the gateway serves at /playground:
//   node web/build.mjs [outdir]   (default dist/playground/, beside the compiled gateway)
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;
const outdir = path.resolve(process.argv[2] ?? path.join(here, "../dist/playground"));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: [path.join(here, "src/main.tsx")],
  outfile: path.join(outdir, "app.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  minify: true,
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
});
await Promise.all(
  ["index.html", "style.css"].map((file) =>
    copyFile(path.join(here, file), path.join(outdir, file)),
  ),
);

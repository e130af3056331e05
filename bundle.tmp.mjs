import { build } from "esbuild";
await build({ entryPoints: ["dist/main.js"], outdir: "dist-bundle", bundle: true, splitting: true, format: "esm", platform: "node", target: "node20", packages: "external", logLevel: "warning", keepNames: true });

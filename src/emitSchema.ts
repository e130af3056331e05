import { writeFile } from "node:fs/promises";
import { printGatewaySchema } from "./graphql/printGatewaySchema.js";

/** `npm run schema`: regenerates schema.graphql; a test fails when the committed file drifts. */
await writeFile(new URL("../schema.graphql", import.meta.url), await printGatewaySchema());
console.log("schema.graphql written");

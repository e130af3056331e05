export type { SandboxCredentials } from "./auth.js";
export type { ContactInput, Reach } from "./contacts.js";
export { DEFAULT_SEED, loadSeedFile, type SandboxSeed } from "./seed.js";
export { startSandbox, type RunningSandbox, type SandboxOptions } from "./server.js";

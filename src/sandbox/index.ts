export {
  DEFAULT_ACCOUNT_ID,
  type AccountSummary,
  type CredentialSummary,
  type SandboxAccount,
} from "./accounts.js";
export { loadAccountsFile } from "./accountsFile.js";
export type { Scheme, SandboxCredentials, ScopedApiKey } from "./credentials.js";
export type { ContactInput, Reach } from "./contacts.js";
export type { RateLimit } from "./rateLimit.js";
export { DEFAULT_SEED, loadSeedFile, type SandboxSeed } from "./seed.js";
export { startSandbox, type RunningSandbox, type SandboxOptions } from "./server.js";

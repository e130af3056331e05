import { randomBytes } from "node:crypto";
import { z } from "zod";
import { DEFAULT_SEED, loadAccountsFile, loadSeedFile, startSandbox } from "./sandbox/index.js";

/**
 * `npm run sandbox`: the OMNI twin alone, for client teams calling the REST API directly and for
 * the benchmark, which measures the sandbox's own cost apart from the gateway's.
 */
const env = z
  .object({
    HOST: z.string().min(1).default("127.0.0.1"),
    SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
    SANDBOX_API_KEY: z.string().min(16).optional(),
    SANDBOX_ACCOUNTS_FILE: z.string().min(1).optional(),
    SANDBOX_CLOCK_SPEED: z.coerce.number().min(0).default(1),
    SANDBOX_SEED_FILE: z.string().min(1).optional(),
  })
  .refine((e) => !(e.SANDBOX_API_KEY && e.SANDBOX_ACCOUNTS_FILE), {
    message: "set SANDBOX_API_KEY or SANDBOX_ACCOUNTS_FILE, not both",
    path: ["SANDBOX_ACCOUNTS_FILE"],
  })
  .safeParse(process.env);
if (!env.success) {
  console.error(`Invalid configuration:\n${z.prettifyError(env.error)}`);
  process.exit(2);
}
const {
  HOST,
  SANDBOX_PORT,
  SANDBOX_API_KEY,
  SANDBOX_ACCOUNTS_FILE,
  SANDBOX_CLOCK_SPEED,
  SANDBOX_SEED_FILE,
} = env.data;

try {
  const apiKey = SANDBOX_API_KEY ?? randomBytes(24).toString("hex");
  const accounts = SANDBOX_ACCOUNTS_FILE
    ? await loadAccountsFile(SANDBOX_ACCOUNTS_FILE)
    : undefined;
  const sandbox = await startSandbox({
    port: SANDBOX_PORT,
    host: HOST,
    ...(accounts ? { accounts } : { credentials: { apiKeys: [apiKey] } }),
    clockSpeed: SANDBOX_CLOCK_SPEED,
    seed: SANDBOX_SEED_FILE ? await loadSeedFile(SANDBOX_SEED_FILE) : DEFAULT_SEED,
  });
  // Only a key this process made up is printed: one from the environment or a file is known already.
  console.log(
    accounts
      ? `OMNI sandbox: ${sandbox.url} (accounts ${accounts.map((a) => a.id).join(", ")} from ${SANDBOX_ACCOUNTS_FILE})`
      : `OMNI sandbox: ${sandbox.url} (Authorization: App ${SANDBOX_API_KEY ? "<SANDBOX_API_KEY>" : apiKey})`,
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void sandbox.close().then(() => process.exit(0)));
  }
} catch (error) {
  // A bad accounts or seed file, or a taken port: the message says which, a stack would not help.
  console.error((error as Error).message);
  process.exit(2);
}

import type { SandboxClock } from "./clock.js";
import type { ContactStore } from "./contacts.js";
import {
  credentialsOf,
  CredentialMatcher,
  type Credential,
  type SandboxCredentials,
  type Scheme,
} from "./credentials.js";
import { notFound } from "./errors.js";
import { oneParam } from "./http.js";
import { FixedWindowLimiter, type RateLimit } from "./rateLimit.js";
import type { Grant } from "./scopes.js";
import type { SandboxSeed } from "./seed.js";
import { SandboxState } from "./state.js";

export interface SandboxAccount {
  /** Names the account in `?account=` of the admin routes and in the stats. */
  id: string;
  /** Identify the account: a secret belongs to one account only. */
  credentials: SandboxCredentials;
  /** Default: the sandbox's seed. */
  seed?: SandboxSeed;
  /** API requests allowed per fixed window; beyond them 429 TOO_MANY_REQUESTS. */
  rateLimit?: RateLimit;
}

/** What `GET /sandbox/accounts` shows of a credential: never the secret, nor a Basic username. */
export interface CredentialSummary {
  scheme: Scheme;
  scopes: "ALL" | string[];
}

export interface AccountSummary {
  id: string;
  credentials: CredentialSummary[];
  rateLimit?: RateLimit;
}

/** The shorthand `credentials` option is this one account. */
export const DEFAULT_ACCOUNT_ID = "default";

export class Account {
  constructor(
    readonly id: string,
    readonly state: SandboxState,
    readonly limiter: FixedWindowLimiter | undefined,
    readonly summary: AccountSummary,
  ) {}

  /** Back to the seed, with a fresh rate-limit window so a test starts from a known budget. */
  reset(): void {
    this.state.reset();
    this.limiter?.reset();
  }
}

/** Who is calling: the account the credential belongs to, and what that credential may do. */
export interface Caller {
  account: Account;
  grant: Grant;
}

/** Exactly one of the two options; the shorthand becomes the account "default". */
export function accountsOf(options: {
  accounts?: SandboxAccount[] | undefined;
  credentials?: SandboxCredentials | undefined;
}): SandboxAccount[] {
  if (options.accounts !== undefined && options.credentials !== undefined) {
    throw new Error("Sandbox options: give either accounts or credentials, not both");
  }
  if (options.credentials !== undefined) {
    return [{ id: DEFAULT_ACCOUNT_ID, credentials: options.credentials }];
  }
  if (options.accounts === undefined) {
    throw new Error("Sandbox options: give accounts (or credentials, for a single account)");
  }
  if (!Array.isArray(options.accounts) || options.accounts.length === 0) {
    throw new Error("Sandbox options: accounts must list at least one account");
  }
  return options.accounts;
}

/** The accounts of one sandbox, and the credentials that lead to each. */
export class AccountRegistry {
  private readonly matcher = new CredentialMatcher<Caller>();
  private readonly byId = new Map<string, Account>();
  private readonly all: Account[] = [];

  /** Throws a configuration error naming the entry (never the secret) that is wrong. */
  constructor(
    accounts: readonly SandboxAccount[],
    world: {
      seed: SandboxSeed;
      clock: SandboxClock;
      contacts: ContactStore;
      log: (line: string) => void;
    },
  ) {
    const planned = accounts.map((account, i) => plan(account, i));
    checkUnique(planned);
    for (const { options, credentials } of planned) {
      const state = new SandboxState(
        options.seed ?? world.seed,
        world.clock,
        world.contacts,
        world.log,
      );
      const limiter = options.rateLimit ? new FixedWindowLimiter(options.rateLimit) : undefined;
      const account = new Account(options.id, state, limiter, {
        id: options.id,
        credentials: credentials.map(({ scheme, grant }) => ({
          scheme,
          scopes: grant === "ALL" ? "ALL" : [...grant],
        })),
        ...(options.rateLimit ? { rateLimit: { ...options.rateLimit } } : {}),
      });
      for (const { scheme, secret, grant } of credentials) {
        this.matcher.add(scheme, secret, { account, grant });
      }
      this.byId.set(account.id, account);
      this.all.push(account);
    }
  }

  /** In configuration order. */
  list(): readonly Account[] {
    return this.all;
  }

  authenticate(authorization: string | undefined): Caller | undefined {
    return this.matcher.match(authorization);
  }

  /** The account an admin route's `?account=` names; without one, the first. */
  select(query: unknown): Account {
    const id = oneParam(query);
    const account = id ? this.byId.get(id) : this.all[0];
    if (!account) throw notFound();
    return account;
  }
}

interface Planned {
  options: SandboxAccount;
  credentials: Credential[];
  path: string;
}

function plan(options: SandboxAccount, index: number): Planned {
  const path = `accounts[${index}]`;
  if (typeof options?.id !== "string" || !/^[\w.-]+$/.test(options.id)) {
    throw new Error(`Sandbox ${path}.id must be letters, digits, "_", "-" or "."`);
  }
  if (typeof options.credentials !== "object" || options.credentials === null) {
    throw new Error(`Sandbox ${path}.credentials must be given`);
  }
  const credentials = credentialsOf(options.credentials, `${path}.credentials`);
  if (credentials.length === 0) {
    throw new Error(`Sandbox ${path} (${options.id}) has no credentials, so nobody could use it`);
  }
  const limit = options.rateLimit;
  if (
    limit !== undefined &&
    !(
      Number.isSafeInteger(limit.requests) &&
      limit.requests > 0 &&
      Number.isFinite(limit.perSeconds) &&
      limit.perSeconds > 0
    )
  ) {
    throw new Error(
      `Sandbox ${path}.rateLimit needs a positive whole number of requests and positive perSeconds`,
    );
  }
  return { options, credentials, path };
}

/**
 * Credentials identify the account, so a token (under whatever scheme) or a Basic username may
 * belong to one account only, and an account cannot list one secret twice under a scheme (with
 * two scope lists, which would apply?). Account ids must differ too: they name accounts in admin
 * routes.
 */
function checkUnique(planned: readonly Planned[]): void {
  const ids = new Map<string, string>();
  const owners = new Map<string, Planned>();
  for (const entry of planned) {
    const id = entry.options.id;
    const taken = ids.get(id);
    if (taken) throw new Error(`Sandbox ${entry.path}.id "${id}" is already the id of ${taken}`);
    ids.set(id, entry.path);
    const schemeSecrets = new Set<string>();
    for (const credential of entry.credentials) {
      const schemeSecret = `${credential.scheme} ${credential.secret}`;
      if (schemeSecrets.has(schemeSecret)) {
        throw new Error(`Sandbox ${credential.path} repeats another credential of ${entry.path}`);
      }
      schemeSecrets.add(schemeSecret);
      const owned =
        credential.username !== undefined
          ? `user ${credential.username}`
          : `token ${credential.secret}`;
      const owner = owners.get(owned);
      if (owner && owner !== entry) {
        throw new Error(
          `Sandbox ${credential.path} is also a credential of account "${owner.options.id}"; ` +
            "a secret (or Basic username) must identify one account",
        );
      }
      owners.set(owned, entry);
    }
  }
}

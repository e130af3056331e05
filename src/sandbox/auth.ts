import type { Request } from "express";
import type { Account, AccountRegistry } from "./accounts.js";
import { forbidden, tooManyRequests, unauthorized } from "./errors.js";
import { allows } from "./scopes.js";
import type { RequestStats } from "./stats.js";

/** Lets an API request in as its account, or throws the refusal. */
export type Gate = (req: Request, template: string, scopes?: readonly string[]) => Account;

/**
 * Who is calling (401), whether the account has budget left (429), whether the credential may
 * use the route (403). The budget comes before the scope so that a key hammering a route it may
 * not use is throttled like any other. A request refused with 401 belongs to no account, so only
 * the totals count it; from then on it is the account's, refused or not. It reads headers only,
 * so it runs before the body is parsed.
 */
export function gate(deps: { accounts: AccountRegistry; stats: RequestStats }): Gate {
  return (req, template, scopes) => {
    const caller = deps.accounts.authenticate(req.headers.authorization);
    if (!caller) throw unauthorized();
    deps.stats.countFor(caller.account.id, template);
    const turn = caller.account.limiter?.take();
    if (turn && !turn.admitted) throw tooManyRequests(turn.retryAfterSeconds);
    if (scopes && !allows(caller.grant, scopes)) throw forbidden();
    return caller.account;
  };
}

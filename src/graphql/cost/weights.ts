import { CHANNELS } from "../../domain/channel.js";
import { MAX_PAGE } from "../../omni/wire.js";

/**
 * The demand-control weights, as the SDL directives that carry them (Federation 2.9 `@cost` and
 * `@listSize`, the IBM cost spec): the subgraph estimates with them, and so can Apollo Router and
 * Hive Gateway. Everything else weighs what the spec says: an object 1, a scalar or enum 0, an
 * input object 1, a mutation 10 more.
 *
 * A field that makes an upstream call of its own for each object it returns (a scenario read,
 * push statistics, a send) weighs 500: with the default cost limit of 25 000, an operation may hold
 * about as many such calls as the default budget of 50 upstream calls per request, so fan-out is
 * refused before it starts rather than cut off half-way.
 */
export const UPSTREAM_CALL = "@cost(weight: 500)";

/** OMNI's logs and the report store answer at most one page of 1000 rows a call. */
export const ONE_PAGE = `@listSize(assumedSize: ${MAX_PAGE})`;

/** A scenario's steps, and a message's attempts and reports: one per channel, at most. */
export const ONE_PER_CHANNEL = `@listSize(assumedSize: ${CHANNELS.length})`;

/** A list as long as its `limit` argument asks. */
export const SLICED_BY_LIMIT = `@listSize(slicingArguments: ["limit"])`;

import DataLoader from "dataloader";
import type { StoredMessage } from "../../store/reports/History.js";
import type { GatewayContext } from "../context.js";

/** A page of stored messages asks for at most this many at once (one IN list). */
const BATCH = 1_000;

const loaders = new WeakMap<GatewayContext, DataLoader<string, StoredMessage | undefined>>();

/**
 * The gateway's own record of each message (its send time, callbackData), batched per request:
 * the loader lives as long as the request's context, so it is never shared between callers.
 */
export function storedMessages(ctx: GatewayContext): DataLoader<string, StoredMessage | undefined> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const found = await ctx.reports.history.messagesById(ids);
        return ids.map((id) => found.get(id));
      },
      { maxBatchSize: BATCH },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

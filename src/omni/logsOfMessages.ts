import { OmniHttpError } from "./errors.js";
import type { OmniClient } from "./OmniClient.js";
import { MAX_PAGE, type WireLog } from "./wire.js";

/** URI Too Long, Request Header Fields Too Large. */
const URL_TOO_LONG = new Set([414, 431]);

/**
 * Every log row of up to 1000 messages, in as few calls as fit. A message has one row per
 * attempt, so a full page of 1000 rows may be cut short, and 1000 ids make a ~40 KB URL that an
 * upstream may refuse (414/431): either way the ids are split in half until every call fits
 * and every page is complete. The per-request loaders and the reconciler both read logs so.
 */
export async function logsOfMessages(
  client: OmniClient,
  ids: readonly string[],
): Promise<WireLog[]> {
  let rows: WireLog[] | undefined;
  try {
    rows = await client.logs({ messageId: [...ids], limit: MAX_PAGE });
  } catch (error) {
    if (!(error instanceof OmniHttpError && URL_TOO_LONG.has(error.status) && ids.length > 1))
      throw error;
  }
  if (rows && (rows.length < MAX_PAGE || ids.length === 1)) return rows;
  const middle = Math.ceil(ids.length / 2);
  const halves = await Promise.all([
    logsOfMessages(client, ids.slice(0, middle)),
    logsOfMessages(client, ids.slice(middle)),
  ]);
  return halves.flat();
}

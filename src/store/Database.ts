/**
 * The SQL the stores need, the same on embedded PGlite and on PostgreSQL. Statements use `$n`
 * parameters; JSON columns come back parsed.
 */
export interface Queryable {
  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction; notifications sent in it leave only on commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel` from any connection, this one included. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Prefix for LISTEN/NOTIFY channels: channels are per database, not per schema. */
  readonly namespace: string;
  close(): Promise<void>;
}

/**
 * The database could not be reached or dropped the connection: nothing about the request was
 * wrong, and the same request may well succeed in a moment. Never carries the connection string.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
  constructor(readonly reason: string) {
    super(`database unavailable (${reason})`);
  }
}

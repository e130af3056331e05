/**
 * How long Infobip keeps what it would hand out: a message's log rows for 48 hours after each
 * attempt started, and a delivery report that nobody fetched for 48 hours after the attempt
 * ended. The sandbox forgets them after as long, in sandbox time, so advancing the clock past it
 * shows a client what it meets in production: whatever it did not take in by then is gone.
 */
export const RETENTION_MS = 48 * 3_600_000;

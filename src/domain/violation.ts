/** One broken rule, named by the path of the offending field in the send request. */
export interface Violation {
  path: string;
  rule: string;
  message: string;
}

/**
 * Something the send does that its author may not expect but that is not an error, e.g. a
 * validity period above 48 h that OMNI clamps. Same shape as a violation, so UIs place both alike.
 */
export type Notice = Violation;

import type { Client } from "graphql-ws";

/**
 * Resolves once the server has answered a query sent on this socket after earlier subscribe
 * messages. graphql-ws acknowledges no subscription; but the server takes a socket's messages in
 * the order they arrive, each through the same steps (parse, context, execute), and a
 * subscription starts listening when it executes. So once the later query is answered, the
 * subscriptions sent before it are listening: an event to wait for instead of a sleep.
 */
export function answeredAfterSubscriptions(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query: "{ __typename }" },
      { next: () => resolve(), error: reject, complete: () => resolve() },
    );
  });
}

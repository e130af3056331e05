import type { Client } from "graphql-ws";

/**
 * Resolves once the server has answered a subscription sent on this socket after earlier ones.
 * graphql-ws acknowledges no subscription; but the server takes a socket's messages in the order
 * they arrive, each through the same steps (parse, context, subscribe), and a subscription starts
 * listening when it subscribes. This one is refused at that step (it names no topic), so once its
 * error is back the subscriptions sent before it are listening: an event instead of a sleep.
 */
export function answeredAfterSubscriptions(client: Client): Promise<void> {
  return new Promise((resolve) => {
    client.subscribe(
      { query: "subscription { messageStatusChanged { messageId } }" },
      { next: () => resolve(), error: () => resolve(), complete: () => resolve() },
    );
  });
}

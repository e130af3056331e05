import { createClient, type Client } from "graphql-ws/client";
import type { TypedDocumentString } from "./gql/graphql";

/** What the user pasted to call a gateway that requires authentication; none in development. */
export interface Credential {
  scheme: "none" | "bearer" | "apiKey";
  value: string;
}

/** A GraphQL error as the gateway formats it, reduced to what the page shows. */
export interface ApiError {
  message: string;
  code?: string;
  field?: string;
}

export class GraphQLRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((error) => error.message).join("; "));
  }
}

function headersOf(credential: Credential): Record<string, string> {
  const value = credential.value.trim();
  if (credential.scheme === "none" || !value) return {};
  return credential.scheme === "bearer"
    ? { authorization: `Bearer ${value}` }
    : { "x-api-key": value };
}

interface RawError {
  message: string;
  extensions?: { code?: string; field?: string };
}

/**
 * The page's only ways out: /graphql over HTTP and over graphql-ws, and the sandbox admin routes
 * the gateway relays under /playground/sandbox. All relative, so nothing leaves this origin.
 */
export class Api {
  private socket?: Client;

  constructor(private readonly credential: Credential) {}

  async request<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T> {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headersOf(this.credential) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: RawError[] };
    if (body.errors?.length) {
      throw new GraphQLRequestError(
        body.errors.map((error) => ({
          message: error.message,
          code: error.extensions?.code,
          field: error.extensions?.field,
        })),
      );
    }
    if (!body.data) throw new GraphQLRequestError([{ message: `HTTP ${response.status}` }]);
    return body.data;
  }

  /** Calls `onEvent` for each event until the returned function is called. */
  subscribe<T, V>(
    document: TypedDocumentString<T, V>,
    variables: V,
    onEvent: (data: T) => void,
    onError: (error: ApiError) => void,
  ): () => void {
    this.socket ??= createClient({
      url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
      connectionParams: headersOf(this.credential),
      lazy: true,
    });
    return this.socket.subscribe<T>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) onEvent(result.data);
          if (result.errors?.length) onError({ message: result.errors[0]!.message });
        },
        error: () => onError({ message: "The live connection closed." }),
        complete: () => undefined,
      },
    );
  }

  async sandbox<T>(method: "GET" | "PUT" | "POST", route: string, body?: unknown): Promise<T> {
    const response = await fetch(`/playground/sandbox/${route}`, {
      method,
      headers: { "content-type": "application/json", ...headersOf(this.credential) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`The sandbox answered ${response.status}.`);
    return (await response.json()) as T;
  }

  close(): void {
    void this.socket?.dispose();
  }
}

export function describeError(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    return error.errors
      .map((e) => [e.field, e.message].filter(Boolean).join(": ") + (e.code ? ` (${e.code})` : ""))
      .join("\n");
  }
  return error instanceof Error ? error.message : String(error);
}

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { writeRequestError } from "./jsonErrors.js";

/** A connect-style step that may answer itself (a CORS handler) or pass on. */
export type PreHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface GraphqlPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The GraphQL path, `/graphql`: only a POST to it (or with a trailing slash) is served here. */
  path: string;
  bodyLimitBytes: number;
  /** Runs first, so refusals (401, 413) carry its headers too; unset: none. */
  before?: PreHandler;
  /** The request's context, from its headers and parsed body; may throw a GraphQLError. */
  context: (req: IncomingMessage, body: unknown) => Promise<TContext>;
  /** An error Apollo did not turn into an answer itself (it turns nearly all). */
  onUnexpected: (error: unknown) => void;
}

/** Thrown while reading a body, with the HTTP status its refusal answers. */
class BodyRefused extends Error {
  constructor(readonly status: 400 | 413 | 415) {
    super(`request body refused with ${status}`);
  }
}

/**
 * `POST /graphql` straight from node:http into Apollo's `executeHTTPGraphQLRequest`, the path
 * nearly every GraphQL request takes. express and its body parser cost about as much CPU per
 * request as the GraphQL work of a small query (README, "Performance"), so this path does what
 * they did for it and no more: the body limit with a JSON 413, JSON bodies only (`strict`, UTF-8,
 * identity, gzip, deflate or br encoded), the CORS headers, and the answer as Apollo wrote it.
 * CSRF prevention, batching refusal, content negotiation and context errors stay Apollo's.
 * Every other method and path (GET queries, the landing page, preflights, probes, webhooks) is
 * express's; the handler returned answers false for those without touching the request.
 */
export function graphqlPost<TContext extends BaseContext>(
  options: GraphqlPostOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { path, before } = options;
  const trailing = `${path}/`;
  return (req, res) => {
    if (req.method !== "POST") return false;
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    if (pathname !== path && pathname !== trailing) return false;
    const search = query === -1 ? "" : url.slice(query);
    const serve = () => {
      respond(req, res, search, options).catch((error: unknown) => {
        options.onUnexpected(error);
        if (!res.headersSent) writeRequestError(res, 500);
        else res.destroy();
      });
    };
    if (before) before(req, res, serve);
    else serve();
    return true;
  };
}

async function respond<TContext extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
  { apollo, bodyLimitBytes, context }: GraphqlPostOptions<TContext>,
): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(req, bodyLimitBytes);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    await drained(req);
    writeRequestError(res, error.status);
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search, body },
    context: () => context(req, body),
  });
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === "complete") {
    res.setHeader("content-length", Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

const JSON_TYPE = "application/json";

/**
 * The parsed JSON body, or undefined when the request is not JSON (Apollo then refuses it, with
 * its CSRF message where that applies), as express.json would leave it.
 */
async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers["content-type"];
  if (type === undefined) return undefined;
  const [essence, ...parameters] = type.split(";");
  if (essence!.trim().toLowerCase() !== JSON_TYPE) return undefined;
  for (const parameter of parameters) {
    const [name, value] = parameter.split("=");
    if (name!.trim().toLowerCase() !== "charset") continue;
    const charset = value?.trim().replace(/^"|"$/g, "").toLowerCase();
    if (charset !== "utf-8" && charset !== "utf8") throw new BodyRefused(415);
  }
  const encoding = (req.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const declared = Number(req.headers["content-length"]);
  if (encoding === "identity" && declared > limit) throw new BodyRefused(413);
  const text = (await readAll(decoded(req, encoding), limit)).toString("utf8");
  const first = text.search(/\S/);
  if (first === -1) return {};
  // `strict`, as express.json: a body that is not an object or array is no GraphQL request.
  if (text[first] !== "{" && text[first] !== "[") throw new BodyRefused(400);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyRefused(400);
  }
}

function decoded(req: IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case "identity":
      return req;
    case "gzip":
      return req.pipe(createGunzip());
    case "deflate":
      return req.pipe(createInflate());
    case "br":
      return req.pipe(createBrotliDecompress());
    default:
      throw new BodyRefused(415);
  }
}

/** Every byte of the stream, refused with 413 as soon as there are more than `limit`. */
function readAll(stream: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = () => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      stream.pause();
      reject(new BodyRefused(413));
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length));
    };
    // A broken compressed stream is the caller's malformed body; an aborted one ends here too.
    const onError = () => {
      stop();
      reject(new BodyRefused(400));
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

/**
 * Reads off and drops what is left of a refused body, as body-parser does: answering while the
 * client is still sending would close a connection it may not have read the answer from yet.
 * The server's request timeout bounds how long this can take.
 */
function drained(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.unpipe();
    req.once("end", resolve).once("close", resolve).once("error", resolve);
    req.resume();
  });
}

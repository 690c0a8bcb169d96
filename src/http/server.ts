import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { Router } from "../interactions/router.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { fromHttp, type RestSource } from "./incoming.js";
import { SeenInteractions } from "./replays.js";
import { signatureVerifier } from "./verify.js";

/** Interactions are a few kilobytes; anything this big is not one of Discord's. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A request must arrive whole within this time (Discord waits 3 s for the answer anyway). */
export const REQUEST_TIMEOUT_MS = 5000;
export const HEADERS_TIMEOUT_MS = 3000;
/** How far a signature's timestamp may be from now, in seconds, either way. */
export const MAX_SIGNATURE_AGE_S = 300;
/** How many interaction ids are remembered against replays (the oldest go first). */
export const MAX_REMEMBERED_INTERACTIONS = 100_000;
/** How long a sender of an oversized body has to read the 413 before the socket is closed. */
const OVERSIZE_GRACE_MS = 1000;
/** How often Node looks for requests past those times (its default, 30 s, would let them linger). */
const TIMEOUT_CHECK_MS = 500;

export interface InteractionsServerOptions {
  publicKey: string;
  router: Router;
  rest: RestSource;
  logger: Logger;
  /** Served on GET /metrics when given. */
  metrics?: Metrics | undefined;
  /** How long a whole request may take to arrive (default REQUEST_TIMEOUT_MS; tests shorten it). */
  requestTimeoutMs?: number;
}

export interface InteractionsServer {
  readonly server: Server;
  /** http://host:port of the listening socket. */
  readonly url: string;
  /**
   * Stops taking connections, answers the requests already received (Discord delivered them),
   * and resolves when they are answered and every connection is closed, or after `graceMs`.
   */
  close(graceMs: number): Promise<void>;
}

class TooLarge extends Error {}

/** The body, up to MAX_BODY_BYTES; more is refused as soon as it is known. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.reject(new TooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest flows on and is dropped, so the 413 can still be read.
      if (size > MAX_BODY_BYTES) reject(new TooLarge());
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body?: unknown, type = "application/json") {
  if (response.headersSent) return;
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/**
 * The HTTP interactions endpoint: POST /interactions (Ed25519-verified before anything else, then
 * PING → PONG, or the router's answer as the response body), GET /healthz, and GET /metrics.
 */
export async function startInteractionsServer(
  {
    publicKey,
    router,
    rest,
    logger,
    metrics,
    requestTimeoutMs = REQUEST_TIMEOUT_MS,
  }: InteractionsServerOptions,
  host: string,
  port: number,
): Promise<InteractionsServer> {
  const verified = signatureVerifier(publicKey);
  const seen = new SeenInteractions(2 * MAX_SIGNATURE_AGE_S * 1000, MAX_REMEMBERED_INTERACTIONS);
  let stopping = false;

  /** Sends an answer; once stopping, it closes its connection, so nothing new arrives on it. */
  function answer(response: ServerResponse, status: number, body?: unknown, type?: string) {
    if (stopping && !response.headersSent) response.setHeader("connection", "close");
    send(response, status, body, type);
  }

  async function interactions(request: IncomingMessage, response: ServerResponse) {
    const signature = request.headers["x-signature-ed25519"];
    const timestamp = request.headers["x-signature-timestamp"];
    if (typeof signature !== "string" || typeof timestamp !== "string") {
      metrics?.signatureFailed();
      return answer(response, 401, { error: "missing signature headers" });
    }
    // A signed request replayed later (from a proxy's log, say) is refused: Discord signs fresh.
    if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= MAX_SIGNATURE_AGE_S)) {
      metrics?.signatureFailed();
      return answer(response, 401, { error: "stale or malformed signature timestamp" });
    }
    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      response.setHeader("connection", "close");
      answer(response, 413, { error: `bodies are limited to ${MAX_BODY_BYTES} bytes` });
      // The connection closes after the answer; a sender that keeps sending is cut off.
      setTimeout(() => request.socket.destroy(), OVERSIZE_GRACE_MS).unref();
      return;
    }
    if (!verified(signature, timestamp, body)) {
      metrics?.signatureFailed();
      return answer(response, 401, { error: "invalid request signature" });
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString("utf8")) as APIInteraction;
    } catch {
      return answer(response, 400, { error: "the body is not JSON" });
    }
    if (interaction.type === InteractionType.Ping) {
      return answer(response, 200, { type: InteractionResponseType.Pong });
    }
    if (typeof interaction.id !== "string" || !seen.first(interaction.id)) {
      metrics?.signatureFailed();
      return answer(response, 401, { error: "this interaction was already delivered" });
    }
    const delivered = fromHttp(
      interaction,
      (initial: APIInteractionResponse) => answer(response, 200, initial),
      rest,
    );
    if (!delivered) {
      logger.debug({ interaction: interaction.id, type: interaction.type }, "ignored interaction");
      return answer(response, 400, { error: "this interaction type is not served" });
    }
    await router.handle(delivered.incoming, delivered.responder);
    // The router always answers; should it not have, Discord must not wait for nothing.
    if (!response.headersSent) answer(response, 500, { error: "no answer" });
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? "/").split("?", 1)[0];
    if (path === "/interactions") {
      if (request.method !== "POST") return answer(response, 405, { error: "POST only" });
      return interactions(request, response);
    }
    if (path === "/healthz" && request.method === "GET") {
      return answer(response, stopping ? 503 : 200, { status: stopping ? "stopping" : "ok" });
    }
    if (path === "/metrics" && request.method === "GET" && metrics) {
      return answer(response, 200, await metrics.text(), metrics.contentType);
    }
    answer(response, 404, { error: "not found" });
  }

  const server = createServer(
    { connectionsCheckingInterval: TIMEOUT_CHECK_MS },
    (request, response) => {
      route(request, response).catch((error: unknown) => {
        // A sender that hung up or timed out is not the bot's failure.
        if (request.destroyed || (error as NodeJS.ErrnoException).code === "ECONNRESET") {
          logger.debug({ reason: (error as Error).message }, "HTTP request abandoned");
          return;
        }
        logger.error({ err: error, reason: (error as Error).message }, "HTTP request failed");
        answer(response, 500, { error: "internal error" });
      });
    },
  );
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    async close(graceMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold close() open: nothing is in flight on them.
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const drained = router.drain(graceMs).then(() => server.closeIdleConnections());
      await Promise.race([
        Promise.all([closed, drained]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
      server.closeAllConnections();
    },
  };
}

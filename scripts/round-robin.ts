// A tiny round-robin HTTP proxy for benchmarks: each incoming request goes to the next of N
// upstreams over a keep-alive Agent, body and response piped through unchanged. Not a
// production load balancer: no health checks, no retries, an upstream error is a 502.
//
// As a library: `startRoundRobin([new URL("http://127.0.0.1:3001"), …])`. As a process (so that
// it has its own event loop): `node --import tsx scripts/round-robin.ts URL URL …` prints
// `{"url":"http://127.0.0.1:PORT"}` on stdout once listening (PORT from env ROUND_ROBIN_PORT,
// default a free one).
import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection, not the request. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "upgrade",
]);
const BAD_GATEWAY = 502;
/** Idle upstream sockets kept open per upstream (enough for the benchmark's connections). */
const MAX_FREE_SOCKETS = 256;

export interface RoundRobin {
  /** http://127.0.0.1:PORT of the proxy. */
  readonly url: URL;
  close(): Promise<void>;
}

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}

function badGateway(response: ServerResponse, error: Error): void {
  if (response.headersSent) {
    response.destroy(error);
    return;
  }
  const text = JSON.stringify({ error: `upstream failed: ${error.message}` });
  response.writeHead(BAD_GATEWAY, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

function forward(
  upstream: URL,
  agent: Agent,
  incoming: IncomingMessage,
  response: ServerResponse,
): void {
  const outgoing = request(
    {
      agent,
      host: upstream.hostname,
      port: upstream.port,
      method: incoming.method,
      path: incoming.url,
      headers: endToEnd(incoming.headers),
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? BAD_GATEWAY, endToEnd(answer.headers));
      answer.pipe(response);
    },
  );
  outgoing.on("error", (error) => badGateway(response, error));
  incoming.pipe(outgoing);
}

/** Listens on 127.0.0.1:`port` (0 = a free port) and forwards to `upstreams` in turn. */
export async function startRoundRobin(upstreams: URL[], port = 0): Promise<RoundRobin> {
  if (upstreams.length === 0) throw new Error("round-robin: no upstreams");
  const agent = new Agent({ keepAlive: true, maxFreeSockets: MAX_FREE_SOCKETS });
  let next = 0;
  const server = createServer((incoming, response) => {
    const upstream = upstreams[next] as URL;
    next = (next + 1) % upstreams.length;
    forward(upstream, agent, incoming, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${address.port}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

async function main(): Promise<void> {
  const upstreams = process.argv.slice(2).map((text) => new URL(text));
  const proxy = await startRoundRobin(upstreams, Number(process.env.ROUND_ROBIN_PORT ?? 0));
  process.stdout.write(`${JSON.stringify({ url: proxy.url.href })}\n`);
  process.once("SIGTERM", () => {
    proxy.close().then(() => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

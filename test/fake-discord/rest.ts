// HTTP core of the fake REST API: request recording, scripted failures, routing, JSON bodies.
// The Discord routes themselves live in routes.ts (channels, messages, pins, commands...) and
// responses.ts (interaction callbacks and webhooks).
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_PINS } from "./state.js";
import type { DiscordErrorBody } from "./validate.js";

/** One HTTP request the fake received. `path` is relative to /api/v10 and has no query. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (the raw text if it is not JSON), or undefined. */
  body: unknown;
  /** The Authorization header, if any. */
  auth: string | undefined;
  at: number;
  /** Status the fake answered with (set once answered). */
  status?: number;
}

/**
 * A scripted answer for matching requests, consumed `times` times (default 1). Without `status`
 * the request is only delayed by `delayMs` and then handled normally.
 * Note: @discordjs/rest retries 5xx (and network errors) `retries` times (default 3).
 */
export interface FailRule {
  method?: string;
  /** Exact path (relative to /api/v10, e.g. "/channels/1/messages") or a RegExp tested on it. */
  path: string | RegExp;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
  delayMs?: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handler: Handler;
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });
export const fail = (status: number, code: number, message: string): Reply => ({
  status,
  body: { code, message },
});
export const badForm = (body: DiscordErrorBody): Reply => ({ status: 400, body });

export const Errors = {
  unknownChannel: () => fail(404, 10003, "Unknown Channel"),
  unknownMessage: () => fail(404, 10008, "Unknown Message"),
  unknownWebhook: () => fail(404, 10015, "Unknown Webhook"),
  unknownInteraction: () => fail(404, 10062, "Unknown interaction"),
  missingAccess: () => fail(403, 50001, "Missing Access"),
  missingPermissions: () => fail(403, 50013, "Missing Permissions"),
  alreadyAcknowledged: () => fail(400, 40060, "Interaction has already been acknowledged."),
  maxPins: () => fail(400, 30003, `Maximum number of pins reached (${MAX_PINS})`),
};

function pattern(path: string): RegExp {
  const source = path
    .replace(/[.]/g, "\\.")
    .replace(/:(\w+)\*/g, "(?<$1>[^/]+)")
    .replace(/:(\w+)/g, "(?<$1>\\d+)");
  return new RegExp(`^${source}$`);
}

export class FakeRest {
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Requests no route matched (answered 404 `{ code: 0 }`). */
  readonly unhandled: RecordedRequest[] = [];
  private readonly rules: FailRule[] = [];
  private readonly routes: Route[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly host: { readonly token: string; readonly logUnhandled: boolean }) {}

  failNext(rule: FailRule): void {
    this.rules.push({ ...rule, times: rule.times ?? 1 });
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const pathname = safeDecode(url.pathname);
    const match = /^\/api\/v10(\/.*)$/.exec(pathname);
    const path = match?.[1] ?? pathname;
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parseBody(await readBody(req)),
      auth: req.headers.authorization,
      at: Date.now(),
    };
    this.requests.push(record);

    let reply: Reply;
    try {
      reply = await this.route(record, url.searchParams, req.headers.authorization, !!match);
    } catch (error) {
      console.error("fake-discord: handler crashed", error);
      reply = fail(500, 0, "500: Internal Server Error");
    }
    record.status = reply.status;
    if (res.destroyed) return;
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined || reply.status === 204) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    headers["content-type"] = "application/json";
    res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
  }

  private async route(
    record: RecordedRequest,
    query: URLSearchParams,
    auth: string | undefined,
    versioned: boolean,
  ): Promise<Reply> {
    const { method, path } = record;
    const rule = this.rules.find(
      (r) =>
        (r.method === undefined || r.method.toUpperCase() === method) &&
        (typeof r.path === "string" ? r.path === path : r.path.test(path)),
    );
    if (rule) {
      rule.times = (rule.times ?? 1) - 1;
      if (rule.times <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
      if (rule.delayMs) await this.sleep(rule.delayMs);
      if (rule.status !== undefined) {
        const reply: Reply = { status: rule.status, body: rule.body };
        if (rule.headers) reply.headers = rule.headers;
        return reply;
      }
    }
    for (const route of versioned ? this.routes : []) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.auth && auth !== `Bot ${this.host.token}`) return fail(401, 0, "401: Unauthorized");
      return route.handler({
        method,
        path,
        params: { ...m.groups },
        query,
        body: record.body,
      });
    }
    this.unhandled.push(record);
    if (this.host.logUnhandled) console.warn(`fake-discord: unhandled ${method} ${path}`);
    return fail(404, 0, "404: Not Found");
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Adds a route; `:name` matches a snowflake, `:name*` any segment. */
  on(method: string, path: string, handler: Handler, auth = true): void {
    this.routes.push({ method, pattern: pattern(path), auth, handler });
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

import { Counter, Histogram, Registry } from "prom-client";

/** Latency buckets in seconds: sub-millisecond answers up to Discord's 3-second window. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3];

/**
 * What `GET /metrics` shows, in Prometheus text: interactions by kind, command and status, their
 * latency, requests refused for a bad signature, and failed database operations. One registry
 * per process (each replica is scraped on its own).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly interactions = new Counter({
    name: "storybot_interactions_total",
    help: "Interactions answered, by kind, command and status",
    labelNames: ["kind", "command", "status"] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: "storybot_interaction_duration_seconds",
    help: "Time from receiving an interaction to having answered it",
    labelNames: ["kind"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly signatures = new Counter({
    name: "storybot_signature_failures_total",
    help: "HTTP interactions refused with 401: a missing or bad Ed25519 signature",
    registers: [this.registry],
  });
  private readonly database = new Counter({
    name: "storybot_database_errors_total",
    help: "Store operations that failed, by operation",
    labelNames: ["operation"] as const,
    registers: [this.registry],
  });

  interaction(kind: string, command: string, status: string, ms: number): void {
    this.interactions.inc({ kind, command, status });
    this.latency.observe({ kind }, ms / 1000);
  }

  signatureFailed(): void {
    this.signatures.inc();
  }

  databaseFailed(operation: string): void {
    this.database.inc({ operation });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

// Delivering interactions the other way Discord does: a signed POST to the application's
// Interactions Endpoint URL, the response body being the interaction's initial response.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import type { Json } from "./state.js";

/** The SPKI DER prefix of an Ed25519 public key: what is left is the 32 raw bytes. */
const ED25519_SPKI_PREFIX_LENGTH = 12;

/** The application's key pair: Discord signs with the private key, the bot checks the public one. */
export interface SigningKey {
  privateKey: KeyObject;
  /** The public key as the developer portal shows it: 64 hex characters. */
  publicKeyHex: string;
}

export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" });
  return { privateKey, publicKeyHex: der.subarray(ED25519_SPKI_PREFIX_LENGTH).toString("hex") };
}

/** The two headers Discord sends: Ed25519 over the timestamp followed by the raw body. */
export function signatureHeaders(
  key: KeyObject,
  body: string | Buffer,
  timestamp = String(Math.floor(Date.now() / 1000)),
): { "x-signature-ed25519": string; "x-signature-timestamp": string } {
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key);
  return { "x-signature-ed25519": signature.toString("hex"), "x-signature-timestamp": timestamp };
}

export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** POSTs one interaction, signed, and reads the bot's answer. */
export async function postInteraction(
  url: string,
  key: KeyObject,
  payload: Json,
): Promise<HttpAnswer> {
  const body = JSON.stringify(payload);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signatureHeaders(key, body) },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: kept as text for the test to see.
  }
  return { status: response.status, body: parsed };
}

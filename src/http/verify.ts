import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** An Ed25519 public key in SPKI DER is this prefix and then the 32 raw bytes Discord shows as hex. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;

/** The application's public key (64 hex characters, from the developer portal) as a key object. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

/**
 * Checks Discord's signature of a request: Ed25519 over the X-Signature-Timestamp header
 * followed by the raw body, with Node's own crypto. Anything malformed is simply not valid.
 */
export function signatureVerifier(
  publicKeyHex: string,
): (signature: string | undefined, timestamp: string | undefined, body: Buffer) => boolean {
  const key = publicKeyFromHex(publicKeyHex);
  return (signature, timestamp, body) => {
    if (!signature || !timestamp || !SIGNATURE_HEX.test(signature)) return false;
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp), body]),
      key,
      Buffer.from(signature, "hex"),
    );
  };
}

// Discord's request signatures, checked with node:crypto alone.
import { describe, expect, it } from "vitest";
import { signatureVerifier } from "../../src/http/verify.js";
import { generateSigningKey, signatureHeaders } from "../fake-discord/http-delivery.js";

const key = generateSigningKey();
const verified = signatureVerifier(key.publicKeyHex);
const body = Buffer.from('{"type":1}');
const signed = signatureHeaders(key.privateKey, body, "1700000000");

describe("signatureVerifier", () => {
  it("GIVEN the application's signature over timestamp and body THEN it is valid", () => {
    expect(verified(signed["x-signature-ed25519"], "1700000000", body)).toBe(true);
  });

  it("GIVEN another timestamp than the one signed THEN it is not", () => {
    expect(verified(signed["x-signature-ed25519"], "1700000001", body)).toBe(false);
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["not hex", "z".repeat(128)],
    ["too short", "ab".repeat(32)],
  ])("GIVEN a signature that is %s THEN it is not valid, and nothing throws", (_, signature) => {
    expect(verified(signature, "1700000000", body)).toBe(false);
  });
});

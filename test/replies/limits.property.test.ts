/**
 * Property tests: whatever a user types into any option, autocomplete or button, the result never
 * throws, fits Discord's limits, pings nobody, echoes nothing live, and errors are ephemeral.
 */
import { PermissionFlagsBits } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Invoker, RawOptions } from "../../src/interactions/contract.js";
import type { MessagePayload } from "../../src/replies/payload.js";
import { paragraphText } from "../../src/story/article.js";
import { complete, dispatcher, fixture, isEphemeral, run, seed } from "../commands/support.js";
import {
  around,
  expectInert,
  expectSafeChoices,
  expectSafeResult,
  expectWithinLimits,
  hugeText,
  inKnownEscapeGap,
  userText,
} from "./hostile.js";

const NUM_RUNS = 200;
const story = fc.constantFrom(seed, fixture);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** Option values as Discord or the console may send them: any string, number or boolean. */
const anyValue = fc.oneof(
  { weight: 6, arbitrary: userText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
);

const QUESTIONS = [...seed.story.qa, ...fixture.story.qa].map((record) => record.question);
const NAMES = [...seed.story.entities, ...fixture.story.entities].flatMap((entity) => [
  entity.name,
  ...entity.aliases.slice(0, 1),
]);
const TOPICS = [...seed.story.quotes, ...fixture.story.quotes].flatMap((quote) => quote.topics);

/** Drops undefined options, as Discord omits options the user did not fill in. */
function options(values: RawOptions): RawOptions {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

describe("every command, whatever the user types", () => {
  it("/ask question: never throws, fits the limits, pings nobody, echoes nothing live", () => {
    const question = fc.oneof(userText, around(QUESTIONS));
    fc.assert(
      fc.property(story, question, (context, question) => {
        const result = run(context, "ask", { question });
        expectSafeResult(context, result, [question]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("/who-attends party: never throws, fits the limits, pings nobody, echoes nothing live", () => {
    fc.assert(
      fc.property(story, maybe(fc.oneof(anyValue, around(NAMES))), (context, party) => {
        const result = run(context, "who-attends", options({ party }));
        expectSafeResult(context, result, [party]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("/quote speaker: topic: never throw, fit the limits, ping nobody, echo nothing live", () => {
    const speaker = fc.oneof(anyValue, around(NAMES), fc.constantFrom(...NAMES));
    const topic = fc.oneof(anyValue, around(TOPICS));
    fc.assert(
      fc.property(story, maybe(speaker), maybe(topic), (context, speaker, topic) => {
        const result = run(context, "quote", options({ speaker, topic }));
        expectSafeResult(context, result, [speaker, topic]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("/source paragraph: answers a paragraph verbatim or refuses ephemerally", () => {
    const paragraph = fc.oneof(
      fc.integer({ min: -5, max: 30 }),
      anyValue,
      fc.constantFrom(
        "",
        " 3 ",
        "1e1",
        "0x3",
        "-0",
        "NaN",
        "Infinity",
        "١٢",
        "3abc",
        "9".repeat(400),
      ),
    );
    fc.assert(
      fc.property(story, maybe(paragraph), (context, paragraph) => {
        const result = run(context, "source", options({ paragraph }));
        expectSafeResult(context, result, [paragraph]);
        if (paragraph !== undefined && result.status === "answered") {
          const [citation] = result.citations;
          expect(citation?.text).toBe(
            paragraphText(context.story.article, citation?.paragraph ?? -1),
          );
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("/summary length: answers short or full and refuses anything else ephemerally", () => {
    const length = fc.oneof(fc.constantFrom("short", "full"), anyValue);
    fc.assert(
      fc.property(story, maybe(length), (context, length) => {
        const result = run(context, "summary", options({ length }));
        expectSafeResult(context, result, [length]);
        const valid = length === undefined || length === "short" || length === "full";
        expect(result.status).toBe(valid ? "answered" : "error");
        if (valid) expect(isEphemeral(result.reply)).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("/pin-summary length: and any permissions: posts and pins exactly when it may", () => {
    const P = PermissionFlagsBits;
    const botNeeds = [P.ViewChannel, P.SendMessages, P.EmbedLinks, P.ReadMessageHistory];
    const flags = [...botNeeds, P.PinMessages, P.Administrator, P.ManageMessages];
    const permissions = maybe(
      fc.subarray(flags).map((bits) => bits.reduce((all, bit) => all | bit, 0n)),
    );
    const has = (bits: bigint, flag: bigint) =>
      (bits & P.Administrator) !== 0n || (bits & flag) === flag;
    const length = fc.oneof(fc.constantFrom("short", "full"), anyValue);
    fc.assert(
      fc.property(
        story,
        maybe(length),
        permissions,
        permissions,
        (context, length, member, app) => {
          const invoker: Invoker = { memberPermissions: member, appPermissions: app };
          const result = run(context, "pin-summary", options({ length }), invoker);
          expectSafeResult(context, result, [length]);
          const valid = length === undefined || length === "short" || length === "full";
          const refused =
            (member !== undefined && !has(member, P.PinMessages)) ||
            (app !== undefined && [...botNeeds, P.PinMessages].some((flag) => !has(app, flag)));
          expect(result.status).toBe(valid && !refused ? "answered" : "error");
          expect(result.effect?.type).toBe(valid && !refused ? "post-and-pin" : undefined);
          expect(isEphemeral(result.reply)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("/timeline and /help ignore stray options and always answer within the limits", () => {
    fc.assert(
      fc.property(
        story,
        fc.constantFrom("timeline", "help"),
        fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { maxKeys: 3 }),
        (context, name, stray) => {
          const result = run(context, name, stray);
          expect(result.status).toBe("answered");
          expectSafeResult(context, result, Object.values(stray));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("every text option turns 101 to 10,000 characters into a limit-abiding reply", () => {
    const calls: [string, string][] = [
      ["ask", "question"],
      ["who-attends", "party"],
      ["quote", "speaker"],
      ["quote", "topic"],
      ["summary", "length"],
      ["pin-summary", "length"],
      ["source", "paragraph"],
    ];
    fc.assert(
      fc.property(story, fc.constantFrom(...calls), hugeText, (context, [name, option], text) => {
        const values: RawOptions = option === "topic" ? { speaker: "assad" } : {};
        values[option] = text;
        const result = run(context, name, values);
        expectSafeResult(context, result, [text]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("autocomplete, whatever is typed so far", () => {
  const focused: [string, string][] = [
    ["ask", "question"],
    ["who-attends", "party"],
    ["quote", "speaker"],
    ["quote", "topic"],
    ["summary", "length"],
    ["help", "nothing"],
    ["no-such-command", "x"],
  ];

  it("never throws and offers at most 25 choices of 1–100 characters", () => {
    fc.assert(
      fc.property(
        story,
        fc.constantFrom(...focused),
        userText,
        (context, [name, option], value) => {
          const choices = complete(context, name, { name: option, value });
          expectSafeChoices(choices);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("offers for the speaker option only people the story quotes", () => {
    fc.assert(
      fc.property(story, userText, (context, value) => {
        const names = new Set(context.story.entities.map((entity) => entity.name));
        for (const choice of complete(context, "quote", {
          name: "speaker",
          value,
        })) {
          expect(names.has(choice.value)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the Show ¶ button, whatever its custom_id", () => {
  /** A story and a custom_id a user might forge for a button of it. */
  const storyAndCustomId = story.chain((context) =>
    fc
      .oneof(
        userText,
        fc.integer({ min: -3, max: 40 }).map((n) => `paragraph:${n}`),
        userText.map((text) => `paragraph:${text}`),
        fc.integer({ min: -3, max: 40 }).map((n) => `paragraph:${context.story.id}:${n}`),
        userText.map((text) => `paragraph:${context.story.id}:${text}`),
      )
      .map((id) => [context, id] as const),
  );

  it("never throws, answers only the person who clicked, within the limits", () => {
    fc.assert(
      fc.property(storyAndCustomId, ([context, id]) => {
        const result = dispatcher.button(id);
        expectSafeResult(context, result, [id]);
        expect(isEphemeral(result.reply)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("shows exactly the paragraph the custom_id names, or an error", () => {
    fc.assert(
      fc.property(story, fc.integer({ min: -3, max: 40 }), (context, n) => {
        const result = dispatcher.button(`paragraph:${context.story.id}:${n}`);
        const text = paragraphText(context.story.article, n);
        expect(result.status).toBe(text === undefined ? "error" : "answered");
        if (text !== undefined) expect(result.citations).toEqual([{ paragraph: n, text }]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the property checks themselves", () => {
  it("treat the known escapeMarkdown gaps as gaps and nothing else", () => {
    expect(inKnownEscapeGap(["<:wave:1> __x__"])).toBe(true);
    expect(inKnownEscapeGap(["****"])).toBe(true);
    expect(inKnownEscapeGap(["**bold** __u__ @everyone <@1> <#1>"])).toBe(false);
    expect(inKnownEscapeGap([42, undefined])).toBe(false);
  });

  it("accept a reply built from plain story text", () => {
    expectWithinLimits(run(seed, "summary", { length: "full" }).reply);
    expectInert(run(seed, "summary", { length: "full" }).reply, []);
  });

  it.each([
    ["live bold", "**bold**"],
    ["a live spoiler", "||secret||"],
    ["a ping", "@everyone"],
    ["a user mention", "<@123>"],
    ["a right-to-left override", "abc\u202edef"],
  ])("reject a reply that shows %s", (_, text) => {
    const payload = {
      embeds: [{ title: "t", description: text }],
      allowed_mentions: { parse: [] },
    };
    expect(() => expectInert(payload as MessagePayload, [])).toThrow();
  });

  it("reject a reply over the 6000-character embed total", () => {
    const field = { name: "n", value: "v".repeat(1000) };
    const payload = {
      embeds: [{ title: "t", fields: Array.from({ length: 7 }, () => field) }],
      allowed_mentions: { parse: [] },
    };
    expect(() => expectWithinLimits(payload as MessagePayload)).toThrow();
  });
});

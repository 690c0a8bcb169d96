/**
 * Shared by the command, reply and console specs: the stories loaded once through the same code
 * the bot uses, and small readers for what a reply shows.
 */
import { expect } from "vitest";
import type {
  CommandContext,
  CommandResult,
  FocusedOption,
  Invoker,
  PinEffect,
  RawOptions,
} from "../../src/interactions/contract.js";
import { Dispatcher } from "../../src/interactions/dispatch.js";
import { loadCommands } from "../../src/interactions/load-commands.js";
import type { AutocompleteChoice, Embed, MessagePayload } from "../../src/replies/payload.js";
import { StoryLibrary } from "../../src/stories/library.js";
import { paragraphText } from "../../src/story/article.js";
import { FIXTURE_DIR, SEED_DIR, storyIdOf } from "../helpers.js";

export const commands = await loadCommands();
/**
 * The stories the specs read, loaded explicitly (never whatever data/stories holds), with the
 * seed as the default story.
 */
export const library = StoryLibrary.load([SEED_DIR, FIXTURE_DIR], {
  defaultId: storyIdOf(SEED_DIR),
});
export const dispatcher = new Dispatcher(commands, library);

function contextOf(dir: string): CommandContext {
  const served = library.get(storyIdOf(dir));
  if (!served) throw new Error(`no story loaded from ${dir}`);
  return { ...served, library, commands };
}

/** The seed story: Russia invites the U.S. to the Syria talks in Astana. */
export const seed = contextOf(SEED_DIR);
/** A second, made-up story: proves that nothing is specific to the seed. */
export const fixture = contextOf(FIXTURE_DIR);

/** For `describe.each`: a readable label and the context. */
export const STORIES: [string, CommandContext][] = [
  ["seed story", seed],
  ["fixture story", fixture],
];

/** Runs a slash command on a story, as Discord, the console and the tests all do. */
export function run(
  context: CommandContext,
  name: string,
  options: RawOptions = {},
  invoker?: Invoker,
): CommandResult {
  return dispatcher.run(name, { story: context.story.id, ...options }, invoker);
}

/** The autocomplete choices Discord would show for an option of a command on a story. */
export function complete(
  context: CommandContext,
  name: string,
  focused: FocusedOption,
): AutocompleteChoice[] {
  return dispatcher.autocomplete(name, { story: context.story.id }, focused);
}

export const EPHEMERAL = 64;

/** The post-and-pin effect of a result, if it has one. */
export function pinEffect(result: CommandResult): PinEffect | undefined {
  return result.effect?.type === "post-and-pin" ? result.effect : undefined;
}

/** The custom_id of the "Show ¶N" button for a paragraph of a story. */
export const buttonId = (context: CommandContext, paragraph: number) =>
  `paragraph:${context.story.id}:${paragraph}`;

/** The one embed of a reply (every embed reply has exactly one). */
export function embedOf(payload: MessagePayload): Embed {
  expect(payload.embeds, "the reply has an embed").toHaveLength(1);
  return payload.embeds?.[0] as Embed;
}

export function fieldsOf(payload: MessagePayload): { name: string; value: string }[] {
  return embedOf(payload).fields ?? [];
}

export function fieldNames(payload: MessagePayload): string[] {
  return fieldsOf(payload).map((field) => field.name);
}

export function isEphemeral(payload: MessagePayload): boolean {
  return ((payload.flags ?? 0) & EPHEMERAL) === EPHEMERAL;
}

/** Every custom_id of the reply's buttons, in order. */
export function customIds(payload: MessagePayload): string[] {
  return (payload.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
}

/** Every piece of text a Discord user sees: content, embed texts, button labels. */
export function visibleTexts(payload: MessagePayload): string[] {
  const texts: string[] = [];
  if (payload.content) texts.push(payload.content);
  for (const embed of payload.embeds ?? []) {
    if (embed.title) texts.push(embed.title);
    if (embed.description) texts.push(embed.description);
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
    if (embed.footer) texts.push(embed.footer.text);
    if (embed.author) texts.push(embed.author.name);
  }
  for (const row of payload.components ?? []) {
    for (const button of row.components) texts.push(button.label);
  }
  return texts;
}

/** All visible text of the reply joined, markdown escapes removed: what the user reads. */
export function readable(payload: MessagePayload): string {
  return visibleTexts(payload).map(unescapeMarkdown).join("\n");
}

/** Discord shows `\x` as `x`. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/gsu, "$1");
}

/** The block-quoted excerpts of a text: `> words (¶N)` lines, markdown escapes removed. */
export function blockQuotes(text: string): { paragraph: number; text: string }[] {
  return text
    .split("\n")
    .map((line) => /^> (.*) \(¶(\d+)\)$/u.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ paragraph: Number(match[2]), text: unescapeMarkdown(match[1] as string) }));
}

/** Every block-quoted excerpt anywhere in the reply. */
export function quotedExcerpts(payload: MessagePayload): { paragraph: number; text: string }[] {
  return visibleTexts(payload).flatMap(blockQuotes);
}

/** Each citation is a verbatim substring of the paragraph it names. */
export function expectVerbatim(
  context: CommandContext,
  citations: { paragraph: number; text: string }[],
): void {
  for (const citation of citations) {
    const paragraph = paragraphText(context.story.article, citation.paragraph);
    expect(paragraph, `¶${citation.paragraph} exists`).toBeDefined();
    expect(paragraph, `“${citation.text}” sits in ¶${citation.paragraph}`).toContain(citation.text);
  }
}

export function nameOf(context: CommandContext, id: string | null): string {
  const entity = context.story.entities.find((candidate) => candidate.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity.name;
}

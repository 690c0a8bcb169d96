import type { CommandResult } from "../interactions/contract.js";
import type { MessagePayload } from "../replies/payload.js";

/** A reply as readable terminal text: title, answer, quoted excerpts with ¶, buttons. */
export function renderPayload(payload: MessagePayload): string {
  const lines: string[] = [];
  if (payload.flags !== undefined && (payload.flags & 64) !== 0)
    lines.push("(only you can see this)");
  if (payload.content) lines.push(payload.content);
  for (const embed of payload.embeds ?? []) {
    if (embed.title) lines.push(`== ${embed.title} ==`);
    if (embed.description) lines.push(embed.description);
    for (const field of embed.fields ?? []) {
      lines.push("", `-- ${field.name}`, field.value);
    }
    if (embed.footer) lines.push("", `(${embed.footer.text})`);
  }
  const buttons = (payload.components ?? []).flatMap((row) =>
    row.components.map((button) => `[${button.label}]`),
  );
  if (buttons.length > 0) lines.push(`${buttons.join(" ")}  (in the console: /source paragraph:N)`);
  return lines.join("\n");
}

export function renderResult(result: CommandResult): string {
  const text = renderPayload(result.reply);
  if (result.effect?.type !== "post-and-pin") return text;
  return `${text}\n\nIn Discord the bot would now post this message in the channel and pin it:\n\n${renderPayload(result.effect.message)}`;
}

import type { Served } from "../interactions/service.js";
import type { MessagePayload } from "../replies/payload.js";
import type { Table } from "../views/gaps.js";

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
  const showsParagraphs = (payload.components ?? []).some((row) =>
    row.components.some((button) => button.custom_id.startsWith("paragraph:")),
  );
  if (buttons.length > 0) {
    lines.push(
      showsParagraphs
        ? `${buttons.join(" ")}  (in the console: /source paragraph:N)`
        : `${buttons.join(" ")}  (buttons work in Discord)`,
    );
  }
  return lines.join("\n");
}

/** A table as plain text: columns padded to their widest cell, a rule under the header. */
export function renderTable(table: Table): string {
  if (table.rows.length === 0) return `${table.title}: none`;
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...table.rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    table.title,
    line(table.columns),
    line(widths.map((width) => "-".repeat(width))),
    ...table.rows.map(line),
  ].join("\n");
}

export function renderResult(result: Served): string {
  if (result.tables) return result.tables.map(renderTable).join("\n\n");
  const text = renderPayload(result.reply);
  if (result.effect?.type !== "post-and-pin") return text;
  return `${text}\n\nIn Discord the bot would now post this message in the channel and pin it:\n\n${renderPayload(result.effect.message)}`;
}

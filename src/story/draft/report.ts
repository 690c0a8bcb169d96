import type { Problem } from "../problems.js";
import type { Draft } from "./draft.js";

const count = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].map(([name, n]) => `${name} ${n}`).join(", ");
};

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What the command prints: everything it drafted, and what it could not decide. */
export function formatReport(input: {
  path: string;
  dir: string;
  draft: Draft;
  problems: Problem[];
}): string {
  const { path, dir, draft, problems } = input;
  const { article, records } = draft;
  const { meta } = records;
  const names = new Map(records.entities.map((entity) => [entity.id, entity.name]));
  const lines: string[] = [];
  lines.push(`Drafted ${dir}/ from ${path}`);
  lines.push(
    `  front matter: headline “${meta.headline}” · dateline ${meta.dateline ?? "none"} · photo credit ${meta.photoCredit ?? "none"}`,
  );
  lines.push(
    `  paragraphs: ${article.paragraphs.length} (¶1 “${short(article.paragraphs[0]?.text ?? "", 50)}”) · sentences: ${article.sentences.length}`,
  );
  lines.push(
    `  quotations: ${records.quotes.length} speech, ${draft.quotedTerms.length} quoted terms nobody says`,
  );
  for (const quote of records.quotes) {
    const details = [
      quote.voice === "about" ? `about ${quote.about}` : "own words",
      quote.when ? `when ${quote.when}` : null,
      quote.where ? `where ${quote.where}` : null,
      quote.reportedBy ? `reported by ${quote.reportedBy}` : null,
    ].filter((detail) => detail !== null);
    lines.push(
      `    ¶${String(quote.words.paragraph).padEnd(3)} ${names.get(quote.speaker) ?? quote.speaker}: “${short(quote.words.text, 50)}” (${details.join("; ")})`,
    );
  }
  if (draft.quotedTerms.length > 0) {
    lines.push(`    terms: ${draft.quotedTerms.map((term) => `“${term}”`).join(", ")}`);
  }
  lines.push(
    `  entities: ${records.entities.length} (${count(records.entities, (entity) => entity.kind)})`,
  );
  for (const entity of records.entities) {
    lines.push(
      `    ${entity.kind.padEnd(12)} ${entity.name} [${entity.id}]${entity.aliases.length > 0 ? `: ${entity.aliases.join(", ")}` : ""}`,
    );
  }
  lines.push(
    `  qa: ${records.qa.length} records (${count(Object.values(draft.questionKinds), (kind) => kind)})`,
  );
  lines.push(
    `    sentences with no fact, so no record: ${draft.skipped.length === 0 ? "none" : draft.skipped.map((s) => `${s.id} “${short(s.text, 40)}”`).join(", ")}`,
  );
  const dated = records.timeline.filter((event) => event.date !== undefined).length;
  lines.push(
    `  timeline: ${records.timeline.length} events (${dated} with a sortable date): ${records.timeline.map((event) => event.asWritten).join(", ")}`,
  );
  lines.push(
    `  attendance: ${records.attendance.length}${records.attendance.length > 0 ? ` (${meta.gathering ?? "no gathering named"}): ${records.attendance.map((entry) => `${entry.party} ${entry.status}`).join(", ")}` : ""}`,
  );
  lines.push(
    `  summary: ${records.summary.short.length} short, ${records.summary.full.length} full bullets`,
  );
  lines.push(`  could not decide: ${draft.undecided.length === 0 ? "nothing" : ""}`);
  for (const line of draft.undecided) lines.push(`    - ${line}`);
  const drafts =
    records.entities.length +
    records.quotes.length +
    records.attendance.length +
    records.qa.length +
    records.timeline.length +
    records.summary.short.length +
    records.summary.full.length;
  lines.push(
    problems.length === 0
      ? `  check: 0 problems; ${drafts} records marked "draft": true await review (npm run data:check -- ${dir})`
      : `  check: ${problems.length} problem(s)`,
  );
  return lines.join("\n");
}

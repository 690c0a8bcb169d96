import { stem, words } from "../language/fold.js";
import { PARAPHRASES } from "../language/paraphrases.js";
import { type Article, paragraphText } from "./article.js";
import type { Problem } from "./problems.js";
import { findQuotations } from "./quotations.js";
import type { Citation, Entity } from "./schema.js";
import type { StoryRecords } from "./story.js";
import { normalizeText } from "./text.js";

interface CitationSite {
  file: string;
  record: string;
  field: string;
  citation: Citation;
}

/** Every citation in the records, with where it stands, so one check serves them all. */
function citationSites(records: StoryRecords): CitationSite[] {
  const sites: CitationSite[] = [];
  const add = (file: string, record: string, field: string, citations: Citation[]) => {
    citations.forEach((citation, index) => {
      sites.push({ file, record, field: `${field}[${index}]`, citation });
    });
  };
  for (const entity of records.entities) {
    if (entity.description) add("entities.json", entity.id, "description", [entity.description]);
  }
  for (const quote of records.quotes) {
    sites.push({ file: "quotes.json", record: quote.id, field: "words", citation: quote.words });
    sites.push({
      file: "quotes.json",
      record: quote.id,
      field: "attribution",
      citation: quote.attribution,
    });
  }
  for (const entry of records.attendance)
    add("attendance.json", entry.id, "citations", entry.citations);
  for (const entry of records.qa) add("qa.json", entry.id, "citations", entry.citations);
  for (const entry of records.timeline)
    add("timeline.json", entry.id, "citations", entry.citations);
  for (const length of ["short", "full"] as const) {
    records.summary[length].forEach((bullet, index) => {
      add("summary.json", `${length}[${index}]`, "citations", bullet.citations);
    });
  }
  return sites;
}

function checkCitation(article: Article, site: CitationSite): Problem | null {
  const text = normalizeText(site.citation.text);
  const named = paragraphText(article, site.citation.paragraph);
  if (named?.includes(text)) return null;
  const problem = { file: site.file, record: site.record, field: site.field };
  const actual = article.paragraphs.find((paragraph) => paragraph.text.includes(text));
  if (actual) {
    return {
      ...problem,
      message: `excerpt sits in ¶${actual.number}, not ¶${site.citation.paragraph}: "${text}"`,
    };
  }
  if (named === undefined) {
    return {
      ...problem,
      message: `¶${site.citation.paragraph} does not exist (the article has ${article.paragraphs.length} body paragraphs)`,
    };
  }
  return { ...problem, message: `excerpt is not verbatim in the article: "${text}"` };
}

function checkUniqueIds(file: string, records: { id: string }[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const record of records) {
    if (seen.has(record.id)) {
      problems.push({ file, record: record.id, field: "id", message: "duplicate id" });
    }
    seen.add(record.id);
  }
  return problems;
}

/** The key under which two aliases count as the same name: case, accents and punctuation aside. */
export function aliasKey(alias: string): string {
  return alias
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function checkAliases(entities: Entity[]): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entity of entities) {
    const keys = new Set([entity.name, ...entity.aliases].map(aliasKey));
    for (const key of keys) {
      const other = owner.get(key);
      if (other !== undefined && other !== entity.id) {
        problems.push({
          file: "entities.json",
          record: entity.id,
          field: "aliases",
          message: `alias "${key}" already belongs to entity "${other}"`,
        });
      } else {
        owner.set(key, entity.id);
      }
    }
  }
  return problems;
}

function checkReferences(records: StoryRecords): Problem[] {
  const entityIds = new Set(records.entities.map((entity) => entity.id));
  const problems: Problem[] = [];
  const expect = (file: string, record: string, field: string, ref: string | null) => {
    if (ref !== null && !entityIds.has(ref)) {
      problems.push({ file, record, field, message: `unknown entity "${ref}"` });
    }
  };
  for (const quote of records.quotes) {
    expect("quotes.json", quote.id, "speaker", quote.speaker);
    expect("quotes.json", quote.id, "about", quote.about);
    expect("quotes.json", quote.id, "reportedBy", quote.reportedBy);
    if (quote.voice === "about" && quote.about === null) {
      problems.push({
        file: "quotes.json",
        record: quote.id,
        field: "about",
        message: 'words said about someone else (voice "about") must name whom they are about',
      });
    }
    const words = normalizeText(quote.words.text);
    if (
      quote.words.paragraph !== quote.attribution.paragraph ||
      !normalizeText(quote.attribution.text).includes(words)
    ) {
      problems.push({
        file: "quotes.json",
        record: quote.id,
        field: "attribution",
        message: "the attributing sentence must contain the quoted words",
      });
    }
  }
  for (const entry of records.attendance) {
    expect("attendance.json", entry.id, "party", entry.party);
  }
  return problems;
}

/** Each passage of speech in the article must have a quote record that holds it; quoted terms need none. */
function checkSpeechCovered(article: Article, records: StoryRecords): Problem[] {
  return findQuotations(article)
    .filter((quotation) => quotation.kind === "speech")
    .filter(
      (quotation) =>
        !records.quotes.some(
          (quote) =>
            quote.words.paragraph === quotation.paragraph &&
            normalizeText(quote.words.text).includes(quotation.words),
        ),
    )
    .map((quotation) => ({
      file: "quotes.json",
      record: null,
      field: null,
      message: `the quotation in ¶${quotation.paragraph} has no quote record: “${quotation.words}” (read as speech: ${quotation.reason})`,
    }));
}

/** A term as matching reads it: the stems of its words ("attending" and "attend" are one). */
const termKey = (term: string) => words(term).map(stem).join(" ");

/**
 * A story's lexicon holds only the story's own terms: not two forms the stemmer already folds
 * together, not a name or alias of one of its entities (those belong in entities.json), and
 * not a paraphrase the shared English layer already has.
 */
function checkLexicon(records: StoryRecords): Problem[] {
  const names = new Map<string, string>();
  for (const entity of records.entities) {
    for (const name of [entity.name, ...entity.aliases]) names.set(termKey(name), entity.id);
  }
  const shared = new Set(PARAPHRASES.flat().map(termKey));
  const problems: Problem[] = [];
  records.lexicon.synonyms.forEach((group, index) => {
    const seen = new Map<string, string>();
    const at = { file: "lexicon.json", record: `synonyms[${index}]`, field: null };
    for (const term of group) {
      const key = termKey(term);
      const first = seen.get(key);
      const entity = names.get(key);
      if (first !== undefined) {
        problems.push({
          ...at,
          message: `"${term}" is folded into "${first}" by the stemmer: list one form`,
        });
      } else if (entity !== undefined) {
        problems.push({
          ...at,
          message: `"${term}" is a name of entity "${entity}": keep it in entities.json`,
        });
      } else if (shared.has(key)) {
        problems.push({
          ...at,
          message: `"${term}" is everyday English the shared layer already knows (data/language/paraphrases.json)`,
        });
      }
      seen.set(key, term);
    }
  });
  return problems;
}

/** Everything that can be wrong with well-formed records against their article. */
export function checkRecords(article: Article, records: StoryRecords): Problem[] {
  return [
    ...citationSites(records)
      .map((site) => checkCitation(article, site))
      .filter((problem): problem is Problem => problem !== null),
    ...checkUniqueIds("entities.json", records.entities),
    ...checkUniqueIds("quotes.json", records.quotes),
    ...checkUniqueIds("attendance.json", records.attendance),
    ...checkUniqueIds("qa.json", records.qa),
    ...checkUniqueIds("timeline.json", records.timeline),
    ...checkAliases(records.entities),
    ...checkReferences(records),
    ...checkSpeechCovered(article, records),
    ...checkLexicon(records),
  ];
}

export interface SentenceCoverage {
  id: string;
  paragraph: number;
  text: string;
  /** Ids of the qa records whose citations overlap this sentence. */
  citedBy: string[];
}

/** Which body sentences each qa record cites; a sentence cited by none is a gap. */
export function sentenceCoverage(article: Article, records: StoryRecords): SentenceCoverage[] {
  return article.sentences.map((sentence) => ({
    ...sentence,
    citedBy: records.qa
      .filter((entry) =>
        entry.citations.some((citation) => {
          const text = normalizeText(citation.text);
          return (
            citation.paragraph === sentence.paragraph &&
            (sentence.text.includes(text) || text.includes(sentence.text))
          );
        }),
      )
      .map((entry) => entry.id),
  }));
}

/** How many records of each file still carry the draft mark: what a moderator has yet to review. */
export function unreviewedDrafts(records: StoryRecords): Record<string, number> {
  const count = (list: { draft?: true }[]) => list.filter((record) => record.draft).length;
  const counts: Record<string, number> = {
    "entities.json": count(records.entities),
    "quotes.json": count(records.quotes),
    "attendance.json": count(records.attendance),
    "qa.json": count(records.qa),
    "timeline.json": count(records.timeline),
    "summary.json": count([...records.summary.short, ...records.summary.full]),
  };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

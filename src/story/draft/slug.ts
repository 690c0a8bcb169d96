/** A record id from words: lower-case letters, digits and hyphens ("Harakat al-Nur" → "harakat-al-nur"). */
export function slug(text: string, maxWords = 6): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter((word) => word.length > 0)
    .slice(0, maxWords);
  return words.join("-") || "record";
}

/** An id not yet in `taken` (the base, else base-2, base-3…), which it then takes. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

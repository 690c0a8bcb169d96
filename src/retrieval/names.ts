import { COUNTRIES } from "../language/countries.js";
import { foldPhrase } from "../language/fold.js";
import type { Entity } from "../story/schema.js";

const key = foldPhrase;

/**
 * Every name an entity goes by: its name, its aliases and, for a country, the names people use
 * for it from the shared gazetteer (its capital, its people, its other names). A capital the
 * story also names as a place ("Paris") reads both ways: the city, and the government there.
 */
export function entityNames(entity: Entity): string[] {
  const names = [entity.name, ...entity.aliases];
  if (entity.kind !== "country") return names;
  const own = new Set(names.map(key));
  const country = COUNTRIES.find((candidate) =>
    [candidate.name, ...candidate.aliases].some((name) => own.has(key(name))),
  );
  if (!country) return names;
  const extra = [country.name, ...country.aliases, ...country.demonyms, ...country.capitals];
  return [...names, ...extra.filter((name) => !own.has(key(name)))];
}

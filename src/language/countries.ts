import { z } from "zod";
import { readLanguageData } from "./data.js";

const countrySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  demonyms: z.array(z.string().min(1)),
  capitals: z.array(z.string().min(1)),
});

export type Country = z.infer<typeof countrySchema>;

/**
 * Countries by the names people use for them (data/language/countries.json): the common name,
 * aliases and short forms, the demonyms and the capital(s). General knowledge shared by every
 * story: a question may name a country by its capital or its people.
 */
export const COUNTRIES: readonly Country[] = readLanguageData(
  "countries.json",
  z.array(countrySchema),
);

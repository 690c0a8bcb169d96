/**
 * compromise-numbers ships its types at a path its package exports do not name; this declares
 * the one method drafting calls.
 */
declare module "compromise-numbers" {
  import type nlp from "compromise";

  export interface NumbersMethods {
    /** Every number phrase: "20,000", "thousands", "six". */
    numbers(): ReturnType<typeof nlp>;
  }
  const plugin: nlp.TypedPlugin<NumbersMethods>;
  export default plugin;
}

/**
 * Concept keys as small integers: a plain stem ("invit"), a paraphrase group ("~attend") or an
 * entity ("@smith") each get one number per story, so that matching compares numbers.
 *
 * Once a story is indexed the table is sealed: a word only a question uses gets a passing id
 * from a bounded set, so that a stream of new words cannot grow the table for ever.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private sealed = false;
  private readonly passing = new Map<string, number>();
  private readonly passingNames = new Map<number, string>();

  id(name: string): number {
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    if (this.sealed) return this.passingId(name);
    const id = this.names.length;
    this.ids.set(name, id);
    this.names.push(name);
    return id;
  }

  /** From now on, new names get passing ids: the story's own keys are all in. */
  seal(): void {
    this.sealed = true;
  }

  private passingId(name: string): number {
    let id = this.passing.get(name);
    if (id === undefined) {
      if (this.passing.size >= PASSING_KEYS) {
        this.passing.clear();
        this.passingNames.clear();
      }
      id = this.names.length + this.passing.size;
      this.passing.set(name, id);
      this.passingNames.set(id, name);
    }
    return id;
  }

  /** The id of a key seen before, without adding it. */
  find(name: string): number | undefined {
    return this.ids.get(name);
  }

  name(id: number): string {
    return this.names[id] ?? this.passingNames.get(id) ?? "?";
  }
}

/** Passing ids kept at once: many questions' worth; the oldest are forgotten together. */
const PASSING_KEYS = 10_000;

export const entityKey = (id: string) => `@${id}`;
export const groupKey = (name: string) => `~${name}`;

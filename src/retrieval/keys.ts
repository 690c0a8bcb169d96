/**
 * Concept keys as small integers: a plain stem ("invit"), a paraphrase group ("~attend") or an
 * entity ("@smith") each get one number per story, so that matching compares numbers.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of a key seen before, without adding it. */
  find(name: string): number | undefined {
    return this.ids.get(name);
  }

  name(id: number): string {
    return this.names[id] ?? "?";
  }
}

export const entityKey = (id: string) => `@${id}`;
export const groupKey = (name: string) => `~${name}`;

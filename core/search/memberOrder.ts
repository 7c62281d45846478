/**
 * The one order members are listed in: by name in the screen's language, and two members
 * of the same name by id, so every list (the board's first screen read straight from the
 * database, the full index, a patched index) puts them the same way round.
 */
export type CompareNames = (a: string, b: string) => number;

export function compareMembers(compareNames: CompareNames): (a: { name: string; id: string }, b: { name: string; id: string }) => number {
  return (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

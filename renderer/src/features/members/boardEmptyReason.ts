/**
 * What the board says when it shows no card. Each answer is the truth for the screen it is on:
 * only a host desk can fill an empty hub, so only there is the demo offered; a public screen
 * (wall, room display) says why it has nobody to show.
 */
export type BoardEmptyReason =
  /** Members are on the board, but none matches the search and filters. */
  | 'noMatch'
  /** A new machine is still downloading the hub's data. */
  | 'downloading'
  /** Host desk, no member stored at all: add one or load the demo. */
  | 'hostEmpty'
  /** Host desk, members stored but none active (the board shows active members only). */
  | 'hostOnlyInactive'
  /** Public screen not paired with a hub: it cannot get members until it is. */
  | 'publicUnpaired'
  /** Public screen paired with a hub that has no active member yet. */
  | 'publicEmpty';

export interface BoardFacts {
  /** The board's index is not built yet. */
  loading: boolean;
  publicOnly: boolean;
  /** Active members on the board before search and filters. */
  boardMembers: number;
  /** Members the search and filters leave. */
  results: number;
  /** No member stored at all, inactive ones included; undefined while being read. */
  holdsNoMember: boolean | undefined;
  /** A first download from the hub is under way. */
  downloading: boolean;
  paired: boolean;
}

/** Null while the board has cards to show, or while it cannot tell yet (no flicker of a wrong offer). */
export function boardEmptyReason(facts: BoardFacts): BoardEmptyReason | null {
  if (facts.loading) return null;
  if (facts.boardMembers > 0) return facts.results === 0 ? 'noMatch' : null;
  if (facts.downloading) return 'downloading';
  if (facts.publicOnly) return facts.paired ? 'publicEmpty' : 'publicUnpaired';
  if (facts.holdsNoMember === undefined) return null;
  return facts.holdsNoMember ? 'hostEmpty' : 'hostOnlyInactive';
}

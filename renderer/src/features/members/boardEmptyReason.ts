/**
 * What the board says when it shows no card. The board is the host desk's (public screens have
 * their own: the kiosk, the wall, the door), so an empty hub is filled here: add or load the demo.
 */
export type BoardEmptyReason =
  /** Members are on the board, but none matches the search and filters. */
  | 'noMatch'
  /** A new machine is still downloading the hub's data. */
  | 'downloading'
  /** Host desk, no member stored at all: add one or load the demo. */
  | 'hostEmpty'
  /** Host desk, members stored but none active (the board shows active members only). */
  | 'hostOnlyInactive';

export interface BoardFacts {
  /** The board's index is not built yet. */
  loading: boolean;
  /** Active members on the board before search and filters. */
  boardMembers: number;
  /** Members the search and filters leave. */
  results: number;
  /** No member stored at all, inactive ones included; undefined while being read. */
  holdsNoMember: boolean | undefined;
  /** A first download from the hub is under way. */
  downloading: boolean;
}

/** Null while the board has cards to show, or while it cannot tell yet (no flicker of a wrong offer). */
export function boardEmptyReason(facts: BoardFacts): BoardEmptyReason | null {
  if (facts.loading) return null;
  if (facts.boardMembers > 0) return facts.results === 0 ? 'noMatch' : null;
  if (facts.downloading) return 'downloading';
  if (facts.holdsNoMember === undefined) return null;
  return facts.holdsNoMember ? 'hostEmpty' : 'hostOnlyInactive';
}

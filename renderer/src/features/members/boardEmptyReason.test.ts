import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardEmptyReason, type BoardFacts } from './boardEmptyReason';

const emptyHost: BoardFacts = {
  loading: false, boardMembers: 0, results: 0, holdsNoMember: true, downloading: false,
};

describe('boardEmptyReason', () => {
  it('offers the demo only on a host desk that holds no member at all', () => {
    expect(boardEmptyReason(emptyHost)).toBe('hostEmpty');
    // Inactive members are off the board but still in the hub: the demo would be refused.
    expect(boardEmptyReason({ ...emptyHost, holdsNoMember: false })).toBe('hostOnlyInactive');
  });

  it('says nothing while it cannot tell yet, so a wrong offer never flickers up', () => {
    expect(boardEmptyReason({ ...emptyHost, loading: true })).toBeNull();
    expect(boardEmptyReason({ ...emptyHost, holdsNoMember: undefined })).toBeNull();
  });

  it('tells a first download from an empty hub', () => {
    expect(boardEmptyReason({ ...emptyHost, downloading: true })).toBe('downloading');
  });

  it('tells "nobody matches" apart from "nobody here", and is quiet while there are cards', () => {
    const withMembers = { ...emptyHost, boardMembers: 12, holdsNoMember: false };
    expect(boardEmptyReason(withMembers)).toBe('noMatch');
    expect(boardEmptyReason({ ...withMembers, results: 3 })).toBeNull();
  });

  it('never offers the demo on a board with members or while it downloads, whatever else holds', () => {
    const facts = fc.record({
      loading: fc.boolean(),
      boardMembers: fc.nat({ max: 5 }),
      results: fc.nat({ max: 5 }),
      holdsNoMember: fc.option(fc.boolean(), { nil: undefined }),
      downloading: fc.boolean(),
    });
    fc.assert(fc.property(facts, (drawn) => {
      const reason = boardEmptyReason(drawn);
      if (reason === 'hostEmpty') {
        expect(drawn.boardMembers).toBe(0);
        expect(drawn.holdsNoMember).toBe(true);
        expect(drawn.downloading).toBe(false);
      }
    }));
  });
});

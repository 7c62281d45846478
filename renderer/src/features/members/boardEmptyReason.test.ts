import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardEmptyReason, type BoardFacts } from './boardEmptyReason';

const emptyHost: BoardFacts = {
  loading: false, publicOnly: false, boardMembers: 0, results: 0, holdsNoMember: true, downloading: false, paired: false,
};

describe('boardEmptyReason', () => {
  it('offers the demo only on a host desk that holds no member at all', () => {
    expect(boardEmptyReason(emptyHost)).toBe('hostEmpty');
    expect(boardEmptyReason({ ...emptyHost, paired: true })).toBe('hostEmpty');
    // Inactive members are off the board but still in the hub: the demo would be refused.
    expect(boardEmptyReason({ ...emptyHost, holdsNoMember: false })).toBe('hostOnlyInactive');
  });

  it('says nothing while it cannot tell yet, so a wrong offer never flickers up', () => {
    expect(boardEmptyReason({ ...emptyHost, loading: true })).toBeNull();
    expect(boardEmptyReason({ ...emptyHost, holdsNoMember: undefined })).toBeNull();
  });

  it('on a public screen says whether it is connected, never offering to fill the hub', () => {
    expect(boardEmptyReason({ ...emptyHost, publicOnly: true })).toBe('publicUnpaired');
    expect(boardEmptyReason({ ...emptyHost, publicOnly: true, paired: true })).toBe('publicEmpty');
    expect(boardEmptyReason({ ...emptyHost, publicOnly: true, holdsNoMember: undefined })).toBe('publicUnpaired');
  });

  it('tells a first download from an empty hub on every screen', () => {
    expect(boardEmptyReason({ ...emptyHost, downloading: true, paired: true })).toBe('downloading');
    expect(boardEmptyReason({ ...emptyHost, publicOnly: true, downloading: true, paired: true })).toBe('downloading');
  });

  it('tells "nobody matches" apart from "nobody here", and is quiet while there are cards', () => {
    const withMembers = { ...emptyHost, boardMembers: 12, holdsNoMember: false };
    expect(boardEmptyReason(withMembers)).toBe('noMatch');
    expect(boardEmptyReason({ ...withMembers, publicOnly: true })).toBe('noMatch');
    expect(boardEmptyReason({ ...withMembers, results: 3 })).toBeNull();
  });

  it('never offers the demo on a public screen or on a board with members, whatever else holds', () => {
    const facts = fc.record({
      loading: fc.boolean(),
      publicOnly: fc.boolean(),
      boardMembers: fc.nat({ max: 5 }),
      results: fc.nat({ max: 5 }),
      holdsNoMember: fc.option(fc.boolean(), { nil: undefined }),
      downloading: fc.boolean(),
      paired: fc.boolean(),
    });
    fc.assert(fc.property(facts, (drawn) => {
      const reason = boardEmptyReason(drawn);
      if (reason === 'hostEmpty') {
        expect(drawn.publicOnly).toBe(false);
        expect(drawn.boardMembers).toBe(0);
        expect(drawn.holdsNoMember).toBe(true);
        expect(drawn.downloading).toBe(false);
      }
      if (drawn.publicOnly) expect(reason === 'hostEmpty' || reason === 'hostOnlyInactive').toBe(false);
    }));
  });
});

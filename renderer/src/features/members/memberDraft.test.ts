import { describe, expect, it } from 'vitest';
import { emptyDraft, validateDraft } from './memberDraft';

describe('validateDraft', () => {
  it('accepts a member with only a name', () => {
    expect(validateDraft({ ...emptyDraft('2026-11-30'), name: 'Åse Bækgaard' })).toEqual({});
  });

  it('puts each problem beside its field in words a host understands', () => {
    const errors = validateDraft({ ...emptyDraft('2026-11-30'), name: '   ', email: 'åse@', phone: 'call me' });
    expect(errors).toEqual({ name: 'required', email: 'invalidEmail', phone: 'invalidPhone' });
  });
});

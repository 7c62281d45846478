import { describe, expect, it } from 'vitest';
import { checkFeedbackDraft, emptyFeedbackDraft } from './feedbackDraft';

const names = {
  hub: 'Lemvig Hub',
  member: (id: string) => (id === 'member-ann' ? 'Ann Berg' : undefined),
  citizen: (id: string) => (id === 'citizen-karen' ? 'Karen Smed' : undefined),
};

describe('who said what, on a host desk', () => {
  it('records the hub, a member or a citizen by name', () => {
    expect(checkFeedbackDraft({ ...emptyFeedbackDraft('idea', { kind: 'hub' }), body: ' Ask the school ' }, names)).toEqual({
      errors: {}, body: 'Ask the school', author: { memberId: null, citizenId: null, name: 'Lemvig Hub' },
    });
    expect(checkFeedbackDraft({ ...emptyFeedbackDraft('concern', { kind: 'member', memberId: 'member-ann' }), body: 'Too dear' }, names).author)
      .toEqual({ memberId: 'member-ann', citizenId: null, name: 'Ann Berg' });
    expect(checkFeedbackDraft({ ...emptyFeedbackDraft('question', { kind: 'citizen', citizenId: 'citizen-karen' }), body: 'When?' }, names).author)
      .toEqual({ memberId: null, citizenId: 'citizen-karen', name: 'Karen Smed' });
  });

  it('asks for the text, and for the member or citizen when that was chosen but nobody picked', () => {
    expect(checkFeedbackDraft(emptyFeedbackDraft('idea', { kind: 'member', memberId: null }), names)).toEqual({
      errors: { body: 'required', author: 'nobody' }, author: null, body: '',
    });
    expect(checkFeedbackDraft({ ...emptyFeedbackDraft('idea', { kind: 'citizen', citizenId: 'citizen-gone' }), body: 'x' }, names).errors).toEqual({ author: 'nobody' });
    expect(checkFeedbackDraft({ ...emptyFeedbackDraft('idea', { kind: 'hub' }), body: 'x'.repeat(4001) }, names).errors).toEqual({ body: 'tooLong' });
  });
});

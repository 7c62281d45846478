import { describe, expect, it } from 'vitest';
import { emptyProjectDraft, projectDraftOf, validateProjectDraft } from './projectDraft';

const draft = { ...emptyProjectDraft('member-ann'), title: 'Repair café' };

describe('the project form', () => {
  it('asks for a title and nothing else', () => {
    expect(validateProjectDraft(emptyProjectDraft(null))).toEqual({ title: 'required' });
    expect(validateProjectDraft(draft)).toEqual({});
  });

  it('takes "needs N people" as a whole number from 1 to 500, or nothing', () => {
    expect(validateProjectDraft({ ...draft, needsPeople: ' 12 ' })).toEqual({});
    expect(projectDraftOf({ ...draft, needsPeople: ' 12 ' }, null).needsPeople).toBe(12);
    expect(projectDraftOf({ ...draft, needsPeople: '' }, null).needsPeople).toBeNull();
    for (const typed of ['0', '501', '2.5', 'five', '-3']) expect(validateProjectDraft({ ...draft, needsPeople: typed }), typed).toEqual({ needsPeople: 'peopleRange' });
  });

  it('says which field is too long or has too many entries', () => {
    expect(validateProjectDraft({ ...draft, pitch: 'x'.repeat(201), tags: Array.from({ length: 13 }, (_, index) => `tag ${String(index)}`) }))
      .toEqual({ pitch: 'tooLong', tags: 'tooMany' });
    expect(validateProjectDraft({ ...draft, tags: ['x'.repeat(41)] })).toEqual({ tags: 'tooLong' });
  });

  it('trims what was typed', () => {
    expect(projectDraftOf({ ...draft, title: '  Repair café ', place: ' Lemvig ' }, null)).toMatchObject({ title: 'Repair café', place: 'Lemvig' });
  });
});

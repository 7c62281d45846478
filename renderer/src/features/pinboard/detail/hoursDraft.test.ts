import { describe, expect, it } from 'vitest';
import { checkHoursDraft, emptyHoursDraft, hoursDaysFor } from './hoursDraft';
import { parseAmount } from './fieldCheck';

const TODAY = '2026-12-04';
const dan = { memberId: 'member-dan', citizenId: null, name: 'Dan' } as const;
const host = { kind: 'host', memberId: null } as const;
const kiosk = { kind: 'member', memberId: 'member-dan', name: 'Dan' } as const;

describe('hours as people type them', () => {
  it('reads a comma or a point as the decimal sign, and nothing else as a number', () => {
    expect(['1,5', '1.5', ' 2 ', ',5', '0,25', '3'].map(parseAmount)).toEqual([1.5, 1.5, 2, 0.5, 0.25, 3]);
    expect(['', 'abc', '1,5,3', '1.234,5', '-1', '2h', '1 1/2'].map(parseAmount)).toEqual([null, null, null, null, null, null, null]);
  });

  it('logs "1,5" hours for the people chosen, with the note trimmed', () => {
    const draft = { ...emptyHoursDraft(TODAY, [dan]), hours: '1,5', note: '  Harbour beach ' };
    expect(checkHoursDraft(draft, 'project-1', hoursDaysFor(host, TODAY))).toEqual({
      errors: {},
      entry: { projectId: 'project-1', taskId: null, on: TODAY, hours: 1.5, note: 'Harbour beach' },
    });
  });

  it('says what is wrong by field, and keeps what was typed', () => {
    const draft = { ...emptyHoursDraft('2026-12-05'), hours: 'two' };
    const { errors, entry } = checkHoursDraft(draft, 'project-1', hoursDaysFor(host, TODAY));
    expect(entry).toBeNull();
    expect(errors).toEqual({ people: 'nobody', hours: 'notANumber', on: 'inFuture' });
    expect(draft.hours).toBe('two');
    expect(checkHoursDraft({ ...draft, people: [dan], on: TODAY, hours: '' }, 'p', hoursDaysFor(host, TODAY)).errors).toEqual({ hours: 'required' });
    expect(checkHoursDraft({ ...draft, people: [dan], on: TODAY, hours: '25' }, 'p', hoursDaysFor(host, TODAY)).errors).toEqual({ hours: 'tooBig' });
    expect(checkHoursDraft({ ...draft, people: [dan], on: TODAY, hours: '0' }, 'p', hoursDaysFor(host, TODAY)).errors).toEqual({ hours: 'tooSmall' });
    expect(checkHoursDraft({ ...draft, people: [dan], on: '', hours: '2' }, 'p', hoursDaysFor(host, TODAY)).errors).toEqual({ on: 'notADate' });
  });

  it('at the kiosk, only the last 31 days: the day the hub would refuse is refused here first', () => {
    const days = hoursDaysFor(kiosk, TODAY);
    expect(days.earliest).toBe('2026-11-03');
    const draft = { ...emptyHoursDraft(TODAY, [dan]), hours: '2' };
    expect(checkHoursDraft({ ...draft, on: '2026-11-03' }, 'p', days).errors).toEqual({});
    expect(checkHoursDraft({ ...draft, on: '2026-11-02' }, 'p', days).errors).toEqual({ on: 'tooOld' });
    // A host desk may log an old clean-up day.
    expect(checkHoursDraft({ ...draft, on: '2026-01-02' }, 'p', hoursDaysFor(host, TODAY)).errors).toEqual({});
  });
});

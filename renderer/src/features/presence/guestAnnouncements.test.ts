import { describe, expect, it } from 'vitest';
import { guestsToAnnounce, loadAnnounced, saveAnnounced } from './guestAnnouncements';

const now = new Date('2026-11-30T10:00:00.000Z');
const guest = (id: string, arrivedAt: string, leftAt: string | null = null) => ({ id, arrivedAt, leftAt });
const morning = guest('morning', '2026-11-30T08:00:00.000Z');
const justNow = guest('just-now', '2026-11-30T09:59:00.000Z');
const gone = guest('gone', '2026-11-30T09:59:30.000Z', '2026-11-30T09:59:50.000Z');

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => { items.set(key, value); },
  };
}

describe('guestsToAnnounce', () => {
  it('on a first look announces only guests who arrived in the last two minutes and are still here', () => {
    const { announce, remember } = guestsToAnnounce([justNow, morning, gone], null, now);
    expect(announce.map((g) => g.id)).toEqual(['just-now']);
    expect([...remember].sort()).toEqual(['gone', 'just-now', 'morning']);
  });

  it('afterwards announces every new guest once, however late the news arrived, oldest first', () => {
    const seen = new Set(['morning']);
    const late = guest('late', '2026-11-30T09:30:00.000Z');
    const first = guestsToAnnounce([justNow, late, morning], seen, now);
    expect(first.announce.map((g) => g.id)).toEqual(['late', 'just-now']);
    expect(guestsToAnnounce([justNow, late, morning], first.remember, now).announce).toEqual([]);
  });

  it('forgets guests that are no longer in today\'s list', () => {
    expect([...guestsToAnnounce([justNow], new Set(['yesterday', 'just-now']), now).remember]).toEqual(['just-now']);
  });
});

describe('announced guests in session storage', () => {
  it('survives a reload and tells a first look from an empty list', () => {
    const storage = memoryStorage();
    expect(loadAnnounced(storage)).toBeNull();
    saveAnnounced(storage, new Set());
    expect(loadAnnounced(storage)).toEqual(new Set());
    saveAnnounced(storage, new Set(['a', 'b']));
    expect(loadAnnounced(storage)).toEqual(new Set(['a', 'b']));
  });

  it('treats a damaged entry as a first look', () => {
    const storage = memoryStorage();
    storage.setItem('landhub.announcedGuests', '{not json');
    expect(loadAnnounced(storage)).toBeNull();
    storage.setItem('landhub.announcedGuests', '{"a":1}');
    expect(loadAnnounced(storage)).toBeNull();
  });
});

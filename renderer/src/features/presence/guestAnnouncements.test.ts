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
  it('announces only guests who arrived in the last two minutes and are still here', () => {
    const { announce, remember } = guestsToAnnounce([justNow, morning, gone], new Set(), now);
    expect(announce.map((g) => g.id)).toEqual(['just-now']);
    expect([...remember]).toEqual(['just-now']);
  });

  it('announces each fresh guest once, oldest first', () => {
    const second = guest('second', '2026-11-30T09:59:30.000Z');
    const first = guestsToAnnounce([second, justNow, morning], new Set(), now);
    expect(first.announce.map((g) => g.id)).toEqual(['just-now', 'second']);
    expect(guestsToAnnounce([second, justNow, morning], first.remember, now).announce).toEqual([]);
  });

  it('stays quiet about a guest whose news comes late: a desk paired, or its first download done, nine minutes after the arrival', () => {
    const nineMinutesAgo = guest('nine-minutes-ago', '2026-11-30T09:51:00.000Z');
    // The first look of a new desk finds no guests yet; the download brings one later.
    const empty = guestsToAnnounce([], new Set(), now);
    expect(guestsToAnnounce([nineMinutesAgo], empty.remember, now).announce).toEqual([]);
    expect(guestsToAnnounce([nineMinutesAgo], new Set(['someone-else']), now).announce).toEqual([]);
  });

  it('forgets guests that are no longer in today\'s list', () => {
    expect([...guestsToAnnounce([justNow], new Set(['yesterday', 'just-now']), now).remember]).toEqual(['just-now']);
  });
});

describe('announced guests in session storage', () => {
  it('survives a reload', () => {
    const storage = memoryStorage();
    expect(loadAnnounced(storage)).toEqual(new Set());
    saveAnnounced(storage, new Set(['a', 'b']));
    expect(loadAnnounced(storage)).toEqual(new Set(['a', 'b']));
    expect(guestsToAnnounce([justNow], loadAnnounced(storage), now).announce).toHaveLength(1);
    saveAnnounced(storage, guestsToAnnounce([justNow], loadAnnounced(storage), now).remember);
    expect(guestsToAnnounce([justNow], loadAnnounced(storage), now).announce).toEqual([]);
  });

  it('treats a damaged entry as nothing announced yet', () => {
    const storage = memoryStorage();
    storage.setItem('landhub.announcedGuests', '{not json');
    expect(loadAnnounced(storage)).toEqual(new Set());
    storage.setItem('landhub.announcedGuests', '{"a":1}');
    expect(loadAnnounced(storage)).toEqual(new Set());
  });
});

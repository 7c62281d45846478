import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { schemaOf, tableNames, type TableName } from '../schemas';
import { membershipId } from '../projects/membership';
import { pledgeId } from '../projects/pledges';
import { findBookingOverlaps, generateDemoHub, type DemoHub, type DemoHubOptions } from './demoHub';

const NOW = new Date('2026-03-11T13:30:00Z'); // a Wednesday, 14:30 in Nakskov
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function invalidRecords(hub: DemoHub): string[] {
  const problems: string[] = [];
  for (const table of tableNames) {
    for (const record of hub[table] ?? []) {
      const { id, ...fields } = record;
      if (!/^[0-9a-zA-Z_-]{1,64}$/.test(id)) problems.push(`${table}: bad id ${id}`);
      const result = schemaOf(table).safeParse(fields);
      if (!result.success) problems.push(`${table} ${id}: ${result.error.message}`);
    }
  }
  return problems;
}

/** Every id a record points at, checked against the table it must live in. */
function danglingReferences(hub: DemoHub): string[] {
  const ids = (table: TableName): Set<string> => new Set((hub[table] ?? []).map((r) => r.id));
  const members = ids('members');
  const skills = ids('skills');
  const zones = ids('zones');
  const projects = ids('projects');
  const tasks = ids('tasks');
  const bookings = ids('bookings');
  const citizens = ids('citizens');
  const comments = ids('comments');
  const resources = { desk: ids('desks'), room: ids('rooms') };
  const missing: string[] = [];
  const expectIn = (set: Set<string>, id: string | null, what: string): void => {
    if (id !== null && !set.has(id)) missing.push(`${what} → ${id}`);
  };
  for (const m of hub.members ?? []) for (const s of m.skills) expectIn(skills, s, 'member skill');
  for (const z of hub.zones ?? []) expectIn(zones, z.parentId, 'zone parent');
  for (const d of hub.desks ?? []) expectIn(zones, d.zoneId, 'desk zone');
  for (const r of hub.rooms ?? []) expectIn(zones, r.zoneId, 'room zone');
  for (const p of hub.projects ?? []) {
    expectIn(members, p.ownerMemberId, 'project owner');
    for (const s of p.wantedSkills) expectIn(skills, s, 'project skill');
    expectIn(projects, p.continuedIn ?? null, 'merged into');
    expectIn(projects, p.counterTo ?? null, 'counter-proposal to');
  }
  for (const e of hub.projectEdits ?? []) {
    expectIn(projects, e.projectId, 'edit project');
    expectIn(members, e.byMemberId, 'edit author');
  }
  for (const p of hub.pledges ?? []) expectIn(members, p.memberId, 'pledge member');
  for (const pm of hub.projectMemberships ?? []) {
    expectIn(projects, pm.projectId, 'membership project');
    expectIn(members, pm.memberId, 'membership member');
    expectIn(citizens, pm.citizenId ?? null, 'membership citizen');
  }
  for (const t of hub.tasks ?? []) {
    expectIn(projects, t.projectId, 'task project');
    expectIn(members, t.assigneeMemberId, 'task assignee');
    for (const s of t.wantedSkills) expectIn(skills, s, 'task skill');
  }
  for (const c of hub.comments ?? []) {
    expectIn(projects, c.projectId, 'comment project');
    expectIn(tasks, c.taskId, 'comment task');
    expectIn(members, c.authorMemberId, 'comment author');
    expectIn(citizens, c.authorCitizenId ?? null, 'comment citizen');
    expectIn(comments, c.parentId ?? null, 'comment answered');
  }
  for (const v of hub.volunteerHours ?? []) {
    expectIn(members, v.memberId, 'hours member');
    expectIn(projects, v.projectId, 'hours project');
    expectIn(citizens, v.citizenId ?? null, 'hours citizen');
    expectIn(tasks, v.taskId ?? null, 'hours task');
    expectIn(members, v.approvedBy ?? null, 'hours approver');
  }
  for (const b of hub.bookings ?? []) {
    expectIn(resources[b.resourceKind], b.resourceId, `booking ${b.resourceKind}`);
    expectIn(members, b.memberId, 'booking member');
  }
  for (const c of hub.checkIns ?? []) {
    expectIn(members, c.memberId, 'check-in member');
    expectIn(bookings, c.bookingId, 'check-in booking');
  }
  for (const g of hub.guests ?? []) expectIn(members, g.visitingMemberId, 'guest host');
  return missing;
}

function allIds(hub: DemoHub): string[] {
  return tableNames.flatMap((table) => (hub[table] ?? []).map((r) => r.id));
}

describe('generateDemoHub', () => {
  const hub = generateDemoHub({ now: NOW });

  it('is the same hub for the same seed and moment', () => {
    expect(generateDemoHub({ seed: 1, now: NOW })).toEqual(hub);
    expect(generateDemoHub({ seed: 99, members: 20, now: NOW })).toEqual(generateDemoHub({ seed: 99, members: 20, now: NOW }));
  });

  it('differs for another seed', () => {
    const other = generateDemoHub({ seed: 2, now: NOW });
    expect(other.members?.map((m) => m.name)).not.toEqual(hub.members?.map((m) => m.name));
    expect(allIds(other)).not.toEqual(allIds(hub));
  });

  it('uses the documented defaults', () => {
    expect(hub.hubSettings).toEqual([
      expect.objectContaining({ id: 'hub', defaultLanguage: 'da', timeZone: 'Europe/Copenhagen', closingTime: '18:00' }),
    ]);
    expect(hub.members).toHaveLength(48);
    expect(hub.desks?.map((d) => d.code)).toEqual(Array.from({ length: 30 }, (_, i) => `D${i + 1}`));
    expect(hub.rooms).toHaveLength(4);
    expect(hub.projects?.length).toBeGreaterThanOrEqual(8);
    expect(hub.skills?.length).toBeGreaterThanOrEqual(60);
    expect(hub.devices).toEqual([]);
    expect(hub.zones?.filter((z) => z.kind === 'floor').length).toBeGreaterThanOrEqual(1);
    expect(hub.zones?.filter((z) => z.kind === 'zone').length).toBeGreaterThanOrEqual(3);
  });

  it('fills the pinboard: every stage, the new feedback kinds with an old one, replies, citizens, pledges, pending and approved hours', () => {
    const statuses = new Set(hub.projects?.map((p) => p.status));
    for (const status of ['idea', 'gathering', 'running', 'done', 'paused']) expect(statuses, status).toContain(status);
    expect(hub.projects?.some((p) => p.continuedIn)).toBe(true);
    expect(hub.projects?.some((p) => p.closedReason)).toBe(true);
    expect(hub.projects?.every((p) => (p.pitch ?? '') !== '' && (p.place ?? '') !== '')).toBe(true);
    const kinds = new Set(hub.comments?.map((c) => c.kind));
    for (const kind of ['idea', 'concern', 'question', 'offerToHelp']) expect(kinds, kind).toContain(kind);
    expect(hub.comments?.some((c) => c.parentId)).toBe(true);
    expect(hub.citizens?.length).toBeGreaterThan(0);
    expect(hub.projectMemberships?.some((m) => m.citizenId)).toBe(true);
    expect(hub.pledges?.some((p) => p.weekShare !== null)).toBe(true);
    expect(new Set(hub.volunteerHours?.map((v) => v.approval))).toEqual(new Set(['approved', 'pending']));
    expect(hub.projectEdits?.length).toBeGreaterThan(0);
    expect(hub.hubSettings?.[0]?.volunteerHourValue).toEqual({ amount: 200, currency: 'DKK' });
  });

  it('makes every record valid for its table', () => {
    expect(invalidRecords(hub)).toEqual([]);
  });

  it('never double-books a desk or room', () => {
    expect(findBookingOverlaps(hub.bookings ?? [])).toEqual([]);
    const statuses = new Set(hub.bookings?.map((b) => b.status));
    expect(statuses).toEqual(new Set(['confirmed', 'cancelled']));
    expect(hub.bookings?.some((b) => b.resourceKind === 'desk')).toBe(true);
    expect(hub.bookings?.some((b) => b.resourceKind === 'room')).toBe(true);
  });

  it('books desks for the working day and rooms for one to three hours', () => {
    for (const b of hub.bookings ?? []) {
      const hours = (Date.parse(b.endsAt) - Date.parse(b.startsAt)) / 3_600_000;
      if (b.resourceKind === 'desk') {
        expect(b.startsAt.slice(11, 16)).toBe('07:00'); // 08:00 at +01:00
        expect(hours).toBe(9);
      } else {
        expect(hours).toBeGreaterThanOrEqual(1);
        expect(hours).toBeLessThanOrEqual(3);
      }
      if (b.confirmedAt !== null) expect(Date.parse(b.confirmedAt)).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('only refers to records that exist', () => {
    expect(danglingReferences(hub)).toEqual([]);
  });

  it('gives every record a unique, time-ordered UUID v7, or the id its rule makes (a citizen\'s membership, a pledge)', () => {
    const ids = allIds(hub);
    expect(new Set(ids).size).toBe(ids.length);
    const derived = new Set([
      ...(hub.projectMemberships ?? []).filter((m) => m.memberId === null).map((m) => m.id),
      ...(hub.pledges ?? []).map((p) => p.id),
    ]);
    for (const m of hub.projectMemberships ?? []) if (m.memberId === null) expect(m.id).toBe(membershipId(m.projectId, { memberId: null, citizenId: m.citizenId ?? '' }));
    for (const p of hub.pledges ?? []) expect(p.id).toBe(pledgeId(p.memberId, p.fromMonth));
    expect(derived.size).toBeGreaterThan(0);
    for (const id of ids.filter((i) => i !== 'hub' && !derived.has(i))) expect(id).toMatch(UUID_V7);
    const memberIds = hub.members?.map((m) => m.id) ?? [];
    expect([...memberIds].sort()).toEqual(memberIds);
  });

  it('writes names with Danish and German letters', () => {
    const names = hub.members?.map((m) => m.name).join(' ') ?? '';
    expect(names).toMatch(/[æøåÆØÅ]/);
    expect(names).toMatch(/[äöüßÄÖÜ]/);
  });

  it('has check-ins only on working days, before now, at most one visit a day per member', () => {
    const checkIns = hub.checkIns ?? [];
    expect(checkIns.length).toBeGreaterThan(0);
    const visitsPerDay = new Map<string, number>();
    const stillIn = new Set<string>();
    for (const c of [...checkIns].sort((a, b) => a.at.localeCompare(b.at))) {
      const at = new Date(Date.parse(c.at) + 3_600_000);
      expect([1, 2, 3, 4, 5]).toContain(at.getUTCDay());
      expect(Date.parse(c.at)).toBeLessThanOrEqual(NOW.getTime());
      const key = `${c.memberId} ${at.toISOString().slice(0, 10)}`;
      if (c.kind === 'in') {
        expect(visitsPerDay.get(key)).toBeUndefined();
        visitsPerDay.set(key, 1);
        stillIn.add(key);
      } else {
        expect(stillIn.delete(key)).toBe(true);
      }
    }
    // Those still in are all from today: the closing time checked everyone else out.
    expect([...stillIn].every((key) => key.endsWith('2026-03-11'))).toBe(true);
    expect(stillIn.size).toBeGreaterThan(0);
  });

  it('has 20-60 % of active members in on a past working day', () => {
    const active = hub.members?.filter((m) => m.active).length ?? 0;
    const ins = (hub.checkIns ?? []).filter((c) => c.kind === 'in' && c.at.startsWith('2026-03-10')).length;
    expect(ins).toBeGreaterThanOrEqual(Math.floor(active * 0.2));
    expect(ins).toBeLessThanOrEqual(Math.ceil(active * 0.6));
  });

  it('places exactly the bookings asked for, reaching back in time when it must', () => {
    const small = generateDemoHub({ members: 5, desks: 2, rooms: 1, bookings: 300, now: NOW });
    expect(small.bookings).toHaveLength(300);
    expect(findBookingOverlaps(small.bookings ?? [])).toEqual([]);
    expect(invalidRecords(small)).toEqual([]);
  });

  it('handles empty hubs and refuses impossible requests', () => {
    const empty = generateDemoHub({ members: 0, desks: 0, rooms: 0, weeksOfHistory: 0, now: NOW });
    expect(empty.members).toEqual([]);
    expect(empty.bookings).toEqual([]);
    expect(invalidRecords(empty)).toEqual([]);
    expect(danglingReferences(empty)).toEqual([]);
    expect(() => generateDemoHub({ desks: 0, rooms: 0, bookings: 1, now: NOW })).toThrow(RangeError);
    expect(() => generateDemoHub({ members: -1, now: NOW })).toThrow(RangeError);
    expect(() => generateDemoHub({ members: 1.5, now: NOW })).toThrow(RangeError);
    expect(() => generateDemoHub({ now: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('defaults to the current time', () => {
    const current = generateDemoHub({ members: 3 });
    expect(invalidRecords(current)).toEqual([]);
  });

  it('scales to 150,000 members and 100,000 bookings', () => {
    const big = generateDemoHub({ members: 150_000, bookings: 100_000, now: NOW });
    expect(big.members).toHaveLength(150_000);
    expect(big.bookings).toHaveLength(100_000);
    const ids = allIds(big);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(big.members?.map((m) => m.email).filter((e) => e !== '')).size).toBe(
      big.members?.filter((m) => m.email !== '').length,
    );
    expect(findBookingOverlaps(big.bookings ?? [])).toEqual([]);
  }, 120_000);

  it('keeps every record valid and every booking apart, for any seed (property)', () => {
    const options = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      members: fc.integer({ min: 0, max: 25 }),
      desks: fc.integer({ min: 0, max: 8 }),
      rooms: fc.integer({ min: 0, max: 3 }),
      weeksOfHistory: fc.integer({ min: 0, max: 3 }),
      now: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
      bookings: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(options, (drawn) => {
        const request: DemoHubOptions = { ...drawn };
        if (drawn.desks + drawn.rooms === 0) delete request.bookings;
        const demo = generateDemoHub(request);
        expect(invalidRecords(demo)).toEqual([]);
        expect(findBookingOverlaps(demo.bookings ?? [])).toEqual([]);
        expect(danglingReferences(demo)).toEqual([]);
        if (request.bookings !== undefined) expect(demo.bookings).toHaveLength(request.bookings);
        expect(demo.members).toHaveLength(drawn.members);
      }),
      { numRuns: 60 },
    );
  });
});

describe('findBookingOverlaps', () => {
  const slot = (id: string, start: string, end: string, status: 'confirmed' | 'cancelled' = 'confirmed', resourceId = 'd1') => ({
    id,
    resourceKind: 'desk' as const,
    resourceId,
    startsAt: `2026-03-11T${start}:00Z`,
    endsAt: `2026-03-11T${end}:00Z`,
    status,
  });

  it('finds two confirmed bookings holding the same resource at once', () => {
    expect(findBookingOverlaps([slot('a', '08:00', '12:00'), slot('b', '11:00', '13:00')])).toEqual([['a', 'b']]);
    expect(findBookingOverlaps([slot('a', '08:00', '17:00'), slot('b', '09:00', '10:00'), slot('c', '12:00', '13:00')])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });

  it('lets bookings touch, ignores cancelled ones and other resources', () => {
    expect(findBookingOverlaps([slot('a', '08:00', '12:00'), slot('b', '12:00', '13:00')])).toEqual([]);
    expect(findBookingOverlaps([slot('a', '08:00', '12:00'), slot('b', '09:00', '10:00', 'cancelled')])).toEqual([]);
    expect(findBookingOverlaps([slot('a', '08:00', '12:00'), slot('b', '09:00', '10:00', 'confirmed', 'd2')])).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoHub } from '../demo/demoHub';
import { toPublicMember } from '../memberPrivacy';
import { tableNames, tableSchemas, type Member } from '../schemas';
import type { SyncedRow } from './merge';
import { sortPulledRecords } from './pulledRecords';
import { invalidFieldOf } from './recordValidation';
import { projectionRules } from './projectionRules';
import { bareTombstone, childTablesOf, dependentsSignature, parentIdOf, projectRow, publicRoles, type ProjectionRules } from './roleProjection';
import { projectionDocTable } from './roleProjectionDoc';

const context = { hashCardToken: (token: string) => `hash-of-${token}`, roomId: null };
const consented = { public: true, consentedAt: '2026-01-01T00:00:00.000Z' };
const STAMP = '0001700000000-000000-hostA';
const LATER = '0001700000009-000000-hostA';

function member(extra: Partial<Member> = {}): SyncedRow {
  const row: Member = {
    id: 'm1', name: 'Birgitte Frølund', photo: 'data:image/png;base64,AAAA', company: 'Frølund Regnskab', bio: 'Sails', skills: ['s1'],
    offers: ['Accounts'], needs: ['A lawyer'], languages: ['da'], email: 'birgitte@example.org', phone: '+45 30 11 22 33', plan: 'flex',
    memberSince: '2024-01-01', active: true, consent: { skills: consented }, cardToken: 'TOKEN_abcdefghijklmnop', pinHash: 'a'.repeat(43),
    hlc: { '*': STAMP, email: LATER }, deviceId: 'hostA', deleted: false, ...extra,
  };
  return row;
}
const checkIn = (memberId = 'm1'): SyncedRow => ({ id: 'c1', memberId, kind: 'in', at: '2026-11-30T08:00:00.000Z', method: 'name', bookingId: null, hlc: { '*': STAMP }, deviceId: 'kioskA', deleted: false });

describe('the role projection rules', () => {
  it('declare every table, and for each public role every field of it, sent, derived or withheld', () => {
    expect(Object.keys(projectionRules).sort()).toEqual([...tableNames].sort());
    for (const table of tableNames) {
      const fields = Object.keys(tableSchemas[table].shape).sort();
      for (const role of publicRoles) {
        const rule = projectionRules[table]?.roles[role];
        if (rule) expect(Object.keys(rule.fields).sort(), `${table} for ${role}`).toEqual(fields);
      }
      const link = projectionRules[table]?.parent;
      if (link) expect(Object.keys(tableSchemas[table].shape), `${table} parent field`).toContain(link.field);
    }
  });

  it('are the table in docs/sync-protocol.md', () => {
    const doc = readFileSync(new URL('../../docs/sync-protocol.md', import.meta.url), 'utf8');
    const section = /<!-- role-projection:start -->\n([\s\S]*?)\n<!-- role-projection:end -->/.exec(doc)?.[1];
    expect(section, 'docs/sync-protocol.md must hold the generated table between its markers').toBe(projectionDocTable());
  });

  it('give every role only rows that pass the machines\' own check of pulled records (the whole demo hub)', () => {
    const demo = generateDemoHub({ members: 60, now: new Date(Date.UTC(2026, 10, 30, 9)) });
    const rows = new Map<string, SyncedRow>();
    const records = tableNames.flatMap((table) => (demo[table] ?? []).map(({ id, ...fields }) => {
      const row: SyncedRow = { ...fields, id, hlc: { '*': STAMP }, deviceId: 'hub', deleted: false };
      rows.set(`${table}/${id}`, row);
      return { table, row };
    }));
    expect(records.length).toBeGreaterThan(500);
    const doorContext = { ...context, roomId: demo.rooms?.[0]?.id ?? null };
    for (const role of publicRoles) {
      const projected = records.map(({ table, row }, index) => {
        const link = projectionRules[table]?.parent;
        const parentId = parentIdOf(table, row);
        const parent = link && parentId ? rows.get(`${link.table}/${parentId}`) : undefined;
        return { seq: index + 1, table, row: projectRow(table, row, role, role === 'room' ? doorContext : context, parent) };
      });
      const page = sortPulledRecords(projected, 0);
      expect(page.skipped, role).toEqual([]);
      const shown = page.records.filter((record) => !record.row.deleted);
      // The door gets its room, its bookings and the hub's public settings, and nothing else.
      if (role === 'room') expect(new Set(shown.map((record) => record.table))).toEqual(new Set(['hubSettings', 'rooms', 'bookings']));
      else expect(shown.length, role).toBeGreaterThan(60);
    }
  });

  it('give the host every row whole', () => {
    for (const table of tableNames) expect(projectRow(table, member(), 'host', context, undefined)).toEqual(member());
  });
});

describe('members', () => {
  it('reach the wall as the public projection of core/memberPrivacy.ts, private fields empty, no card or PIN, and the room display not at all', () => {
    expect(projectRow('members', member(), 'room', context, undefined)).toEqual(bareTombstone(member()));
    for (const role of ['wall'] as const) {
      const row = projectRow('members', member(), role, context, undefined);
      const view = toPublicMember(member() as Member);
      expect(row).toMatchObject({ id: 'm1', name: view.name, skills: ['s1'], photo: null, company: '', bio: '', offers: [], needs: [], email: '', phone: '' });
      expect(row).not.toHaveProperty('plan');
      expect(row).not.toHaveProperty('memberSince');
      // What reaches a machine must pass the machine's own check of pulled records.
      expect(invalidFieldOf('members', row)).toBeNull();
      expect(row).not.toHaveProperty('cardToken');
      expect(row).not.toHaveProperty('pinHash');
      expect(JSON.stringify(row)).not.toMatch(/birgitte@|30 11|Regnskab|Accounts|lawyer|TOKEN_|aaaa/);
      // The stamp of a private field says when it changed: it goes too.
      expect(row.hlc).toEqual({ '*': STAMP });
    }
  });

  it('show a field on public machines once the member made it public', () => {
    const row = projectRow('members', member({ consent: { email: consented, phone: consented, plan: consented } }), 'wall', context, undefined);
    expect(row).toMatchObject({ email: 'birgitte@example.org', phone: '+45 30 11 22 33', company: '', plan: 'flex' });
    expect(row.hlc).toEqual({ '*': STAMP });
  });

  it('reach the kiosk with what check-in needs: name, public photo, PIN verifier and a hash instead of the card token', () => {
    const row = projectRow('members', member({ consent: { photo: consented, email: consented } }), 'kiosk', context, undefined);
    expect(row).toEqual({
      id: 'm1', name: 'Birgitte Frølund', active: true, consent: { photo: consented, email: consented }, photo: 'data:image/png;base64,AAAA',
      cardToken: 'hash-of-TOKEN_abcdefghijklmnop', pinHash: 'a'.repeat(43), hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    });
    expect(projectRow('members', member({ cardToken: null }), 'kiosk', context, undefined).cardToken).toBeNull();
  });

  it('that are inactive or deleted reach no public machine but as a bare tombstone', () => {
    for (const role of publicRoles) {
      expect(projectRow('members', member({ active: false }), role, context, undefined)).toEqual({ id: 'm1', hlc: { '*': LATER }, deviceId: 'hostA', deleted: true });
      expect(projectRow('members', member({ deleted: true }), role, context, undefined)).toEqual(bareTombstone(member()));
    }
  });
});

describe('rows that follow another record', () => {
  it('check-ins reach the wall only for active members shown as present, the kiosk for every active member, the room display never', () => {
    const present = member({ consent: { presence: consented } });
    expect(projectRow('checkIns', checkIn(), 'room', context, present).deleted).toBe(true);
    for (const role of ['wall'] as const) {
      expect(projectRow('checkIns', checkIn(), role, context, member()).deleted).toBe(true);
      expect(projectRow('checkIns', checkIn(), role, context, present)).toEqual({ id: 'c1', memberId: 'm1', kind: 'in', at: '2026-11-30T08:00:00.000Z', hlc: { '*': STAMP }, deviceId: 'kioskA', deleted: false });
      expect(projectRow('checkIns', checkIn(), role, context, member({ consent: { presence: consented }, active: false })).deleted).toBe(true);
    }
    expect(projectRow('checkIns', checkIn(), 'kiosk', context, member()).deleted).toBe(false);
    for (const role of publicRoles) {
      expect(projectRow('checkIns', checkIn(), role, context, undefined).deleted, 'member unknown').toBe(true);
      expect(projectRow('checkIns', checkIn(), role, context, member({ deleted: true, consent: { presence: consented } })).deleted, 'member deleted').toBe(true);
    }
    expect(parentIdOf('checkIns', checkIn('m7'))).toBe('m7');
    expect(childTablesOf('members')).toEqual(['checkIns']);
  });

  it('change their signature when the parent leaves or enters a role view, not when another field changes', () => {
    const base = dependentsSignature('members', member());
    expect(dependentsSignature('members', member({ name: 'Other', email: 'x@example.org' }))).toBe(base);
    expect(dependentsSignature('members', member({ consent: { presence: consented } }))).not.toBe(base);
    expect(dependentsSignature('members', member({ active: false }))).not.toBe(base);
    expect(dependentsSignature('members', undefined)).not.toBe(base);
    expect(dependentsSignature('skills', undefined)).toBe('');
  });

  it('work for any parent table a rule names (a task following its project)', () => {
    const rules: ProjectionRules = {
      tasks: {
        parent: { table: 'projects', field: 'projectId' },
        roles: { wall: { rows: { doc: 'of public projects' }, parentVisible: (project) => project.public === true, fields: { projectId: 'sent', title: 'sent' } } },
      },
    };
    const task: SyncedRow = { id: 't1', projectId: 'p1', title: 'Paint the barn', details: 'secret', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false };
    const project = (isPublic: boolean): SyncedRow => ({ id: 'p1', public: isPublic, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    expect(projectRow('tasks', task, 'wall', context, project(true), rules)).toEqual({ id: 't1', projectId: 'p1', title: 'Paint the barn', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    expect(projectRow('tasks', task, 'wall', context, project(false), rules).deleted).toBe(true);
    expect(projectRow('tasks', task, 'kiosk', context, project(true), rules).deleted).toBe(true);
    expect(childTablesOf('projects', rules)).toEqual(['tasks']);
    expect(dependentsSignature('projects', project(true), rules)).not.toBe(dependentsSignature('projects', project(false), rules));
  });
});

describe('other tables', () => {
  const settings: SyncedRow = {
    id: 'hub', name: 'Landhub', town: 'Tønder', defaultLanguage: 'da', timeZone: 'Europe/Copenhagen', kioskIdleSeconds: 30, checkInPinRequired: true,
    guestRetentionDays: 30, closingTime: '18:00', hostPinHash: 'h'.repeat(43), pinSalt: 's'.repeat(43), hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
  };

  it('hub settings reach wall and room without PIN verifier or salt, the kiosk with them', () => {
    for (const role of ['wall', 'room'] as const) {
      const row = projectRow('hubSettings', settings, role, context, undefined);
      expect(row).toMatchObject({ name: 'Landhub', closingTime: '18:00' });
      expect(row).not.toHaveProperty('hostPinHash');
      expect(row).not.toHaveProperty('pinSalt');
    }
    expect(projectRow('hubSettings', settings, 'kiosk', context, undefined)).toEqual(settings);
  });

  it('guests, devices, citizens, pledges and the edit history reach no public machine', () => {
    const guest: SyncedRow = { id: 'g1', name: 'Anna Gast', company: '', purpose: '', visitingMemberId: 'm1', arrivedAt: '2026-11-30T08:00:00.000Z', leftAt: null, hlc: { '*': STAMP }, deviceId: 'kioskA', deleted: false };
    for (const table of ['guests', 'devices', 'citizens', 'pledges', 'projectEdits'] as const) {
      for (const role of publicRoles) expect(projectRow(table, guest, role, context, undefined)).toEqual(bareTombstone(guest));
    }
  });

  it('the kiosk sees who booked and why the hub refused, never a booking\'s own title; the wall sees public events only', () => {
    const booking = (resourceKind: 'desk' | 'room', publicEvent: { title: string; description: string } | null = null): SyncedRow => ({
      id: 'b1', resourceKind, resourceId: 'r1', memberId: 'm1', title: 'Board meeting', startsAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-11-30T09:00:00.000Z',
      status: 'rejected', rejection: { code: 'bookingConflict', params: {}, winnerId: 'b0' }, confirmedAt: null, publicEvent, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    });
    const atKiosk = projectRow('bookings', booking('room'), 'kiosk', context, undefined);
    expect(atKiosk).toMatchObject({ memberId: 'm1', rejection: { code: 'bookingConflict' }, publicEvent: null });
    expect(atKiosk).not.toHaveProperty('title');
    expect(projectRow('bookings', booking('desk'), 'kiosk', context, undefined)).not.toHaveProperty('title');
    expect(projectRow('bookings', booking('room'), 'wall', context, undefined).deleted).toBe(true);
    const event = { title: 'Repair café', description: 'Bring what is broken' };
    const onTheWall = projectRow('bookings', booking('room', event), 'wall', context, undefined);
    expect(onTheWall).toMatchObject({ deleted: false, publicEvent: event, startsAt: '2026-11-30T08:00:00.000Z' });
    for (const secret of ['title', 'memberId', 'rejection', 'confirmedAt']) expect(onTheWall).not.toHaveProperty(secret);
    expect(invalidFieldOf('bookings', onTheWall)).toBeNull();
  });

  it('a room display sees its own room and when it is booked, never by whom or what for, and nothing of other rooms', () => {
    const door = { ...context, roomId: 'r1' };
    const room = (id: string): SyncedRow => ({ id, name: 'Mødelokale Ådalen', zoneId: 'z1', capacity: 8, equipment: ['screen'], description: 'By the garden', active: true, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    const booking = (resourceId: string, resourceKind: 'desk' | 'room' = 'room'): SyncedRow => ({
      id: `b-${resourceId}`, resourceKind, resourceId, memberId: 'm1', title: 'Lønforhandling', startsAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-11-30T09:00:00.000Z',
      status: 'confirmed', rejection: null, confirmedAt: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    });
    expect(projectRow('rooms', room('r1'), 'room', door, undefined)).toEqual({ ...room('r1'), zoneId: undefined, hlc: { '*': STAMP } });
    expect(projectRow('rooms', room('r2'), 'room', door, undefined)).toEqual(bareTombstone(room('r2')));
    const own = projectRow('bookings', booking('r1'), 'room', door, undefined);
    expect(own).toEqual({ id: 'b-r1', resourceKind: 'room', resourceId: 'r1', startsAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-11-30T09:00:00.000Z', status: 'confirmed', confirmedAt: null, rejection: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    expect(invalidFieldOf('bookings', own)).toBeNull();
    expect(projectRow('bookings', booking('r2'), 'room', door, undefined).deleted).toBe(true);
    // A desk may carry the same id as a room in another table: only room bookings count.
    expect(projectRow('bookings', booking('r1', 'desk'), 'room', door, undefined).deleted).toBe(true);
    // A display paired to no room (an old pairing) sees none.
    expect(projectRow('bookings', booking('r1'), 'room', context, undefined).deleted).toBe(true);
    // Another role never gets the door's view, whatever room the context names: the wall has room names only.
    const onTheWall = projectRow('rooms', room('r1'), 'wall', door, undefined);
    expect(onTheWall).toMatchObject({ name: 'Mødelokale Ådalen', active: true, deleted: false });
    for (const field of ['description', 'equipment', 'capacity', 'zoneId']) expect(onTheWall).not.toHaveProperty(field);
  });
});

describe('projects', () => {
  const project = (extra: Record<string, unknown> = {}): SyncedRow => ({
    id: 'p1', title: 'Strandrensning i Nakskov', pitch: 'Saml affald', summary: 'En lørdag', status: 'gathering', ownerMemberId: 'm1', ownerCitizenId: 'c1',
    wantedSkills: ['s1'], public: true, startsOn: null, createdAt: '2026-11-01T10:00:00.000Z', photo: null, tags: ['miljø'], place: 'Hestehoved', needsPeople: 8,
    closedReason: null, continuedIn: null, counterTo: null, hlc: { '*': STAMP, public: LATER }, deviceId: 'hostA', deleted: false, ...extra,
  });
  const child = (fields: Record<string, unknown>): SyncedRow => ({ id: 'x1', projectId: 'p1', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false, ...fields });
  const task = (extra: Record<string, unknown> = {}) => child({ title: 'Find en trailer', details: 'Ring til Jens på 30 11 22 33', status: 'open', wantedSkills: ['s1'], assigneeMemberId: null, assigneeCitizenId: null, dueOn: null, estimatedHours: 2, ...extra });

  it('reach kiosk and wall when public, with the public fields only, and the room display never', () => {
    for (const role of ['kiosk', 'wall'] as const) {
      const row = projectRow('projects', project(), role, context, undefined);
      expect(row).toMatchObject({ title: 'Strandrensning i Nakskov', pitch: 'Saml affald', place: 'Hestehoved', needsPeople: 8, public: true, deleted: false });
      expect(row).not.toHaveProperty('ownerCitizenId');
      expect(invalidFieldOf('projects', row)).toBeNull();
    }
    expect(projectRow('projects', project(), 'room', context, undefined)).toEqual(bareTombstone(project()));
  });

  it('that are members-only reach no public machine, not even as a row, and one that becomes members-only is withdrawn with what follows it', () => {
    for (const role of publicRoles) expect(projectRow('projects', project({ public: false }), role, context, undefined)).toEqual({ id: 'p1', hlc: { '*': LATER }, deviceId: 'hostA', deleted: true });
    expect(childTablesOf('projects')).toEqual(['projectMemberships', 'tasks', 'comments', 'volunteerHours']);
    expect(dependentsSignature('projects', project({ public: false }))).not.toBe(dependentsSignature('projects', project()));
    expect(dependentsSignature('projects', project({ title: 'Nyt navn', status: 'running' }))).toBe(dependentsSignature('projects', project()));
    for (const table of childTablesOf('projects')) {
      const row = child({ memberId: 'm1', role: 'helper', status: 'open', approval: 'approved', authorMemberId: 'm1' });
      expect(parentIdOf(table, row)).toBe('p1');
      for (const role of publicRoles) {
        expect(projectRow(table, row, role, context, project({ public: false })).deleted, `${table} ${role}`).toBe(true);
        expect(projectRow(table, row, role, context, undefined).deleted, `${table} ${role} without project`).toBe(true);
      }
    }
  });

  it('show their open tasks on the wall without details or who took them, and every task to the kiosk with its member', () => {
    const onTheWall = projectRow('tasks', task(), 'wall', context, project());
    expect(onTheWall).toEqual({ id: 'x1', projectId: 'p1', title: 'Find en trailer', status: 'open', wantedSkills: ['s1'], dueOn: null, estimatedHours: 2, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    expect(projectRow('tasks', task({ status: 'taken', assigneeMemberId: 'm1' }), 'wall', context, project()).deleted).toBe(true);
    const atKiosk = projectRow('tasks', task({ status: 'taken', assigneeMemberId: 'm1', assigneeCitizenId: null }), 'kiosk', context, project());
    expect(atKiosk).toMatchObject({ status: 'taken', assigneeMemberId: 'm1', details: 'Ring til Jens på 30 11 22 33' });
    expect(atKiosk).not.toHaveProperty('assigneeCitizenId');
  });

  it('show feedback on the kiosk naming members, never a citizen, and none on the wall', () => {
    const comment = (authorMemberId: string | null, authorName: string) => child({ taskId: null, authorMemberId, authorName, authorCitizenId: authorMemberId ? null : 'c1', body: 'Kaffe bagefter?', kind: 'idea', createdAt: '2026-11-02T10:00:00.000Z', parentId: null, helpful: true });
    expect(projectRow('comments', comment('m1', 'Birgitte Frølund'), 'kiosk', context, project())).toMatchObject({ authorName: 'Birgitte Frølund', helpful: true });
    const citizen = projectRow('comments', comment(null, 'Birthe fra Bandholm'), 'kiosk', context, project());
    expect(citizen).toMatchObject({ body: 'Kaffe bagefter?', deleted: false });
    expect(JSON.stringify(citizen)).not.toMatch(/Birthe|c1/);
    expect(invalidFieldOf('comments', citizen)).toBeNull();
    expect(projectRow('comments', comment('m1', 'Birgitte Frølund'), 'wall', context, project()).deleted).toBe(true);
  });

  it('count who is in on the wall without saying who, and give hours as approved amounts without whose they are', () => {
    const membership = projectRow('projectMemberships', child({ memberId: 'm1', citizenId: null, role: 'helper', joinedAt: '2026-11-02T10:00:00.000Z' }), 'wall', context, project());
    expect(membership).toEqual({ id: 'x1', projectId: 'p1', role: 'helper', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    expect(projectRow('projectMemberships', child({ memberId: 'm1', role: 'helper', joinedAt: '2026-11-02T10:00:00.000Z' }), 'kiosk', context, project())).toMatchObject({ memberId: 'm1' });
    const hours = (extra: Record<string, unknown>) => child({ memberId: 'm1', personName: 'Birgitte Frølund', on: '2026-11-28', hours: 3, note: 'Plakater', taskId: 't1', citizenId: null, approvedBy: 'm9', approvedAt: '2026-11-29T10:00:00.000Z', ...extra });
    for (const role of ['kiosk', 'wall'] as const) {
      expect(projectRow('volunteerHours', hours({ approval: 'approved' }), role, context, project())).toEqual({ id: 'x1', projectId: 'p1', on: '2026-11-28', hours: 3, approval: 'approved', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
      // Rows written before approvals count as approved.
      expect(projectRow('volunteerHours', hours({}), role, context, project()).deleted).toBe(false);
      expect(projectRow('volunteerHours', hours({ approval: 'pending' }), role, context, project()).deleted).toBe(true);
    }
  });

  it('never give a public machine a members-only project or anything of one, nor a citizen or who logged hours, whatever the rows hold (property)', () => {
    const id = fc.constantFrom('p1', 'c1', 'm1', 't1');
    const row = fc.record({
      public: fc.boolean(), status: fc.constantFrom('open', 'taken', 'done', 'idea'), approval: fc.constantFrom('pending', 'approved', undefined),
      memberId: fc.option(id), citizenId: fc.option(id), authorMemberId: fc.option(id), authorCitizenId: fc.option(id), assigneeCitizenId: fc.option(id),
      ownerCitizenId: fc.option(id), personName: fc.constant('Birthe fra Bandholm'), authorName: fc.constant('Birthe fra Bandholm'), note: fc.constant('secret note'), deleted: fc.boolean(),
    });
    const tables = ['projects', 'projectMemberships', 'tasks', 'comments', 'volunteerHours', 'citizens', 'pledges', 'projectEdits'] as const;
    fc.assert(fc.property(fc.constantFrom(...tables), fc.constantFrom(...publicRoles), row, row, (table, role, fields, parentFields) => {
      const own: SyncedRow = { ...fields, id: 'x1', projectId: 'p1', hlc: { '*': STAMP }, deviceId: 'hostA' };
      const parent: SyncedRow = { ...parentFields, id: 'p1', hlc: { '*': STAMP }, deviceId: 'hostA' };
      const projected = projectRow(table, own, role, context, parent);
      const shown = !projected.deleted;
      if (shown) {
        expect(table === 'projects' ? own.public : parent.public && !parent.deleted, `${table} for ${role}`).toBe(true);
        expect(['citizens', 'pledges', 'projectEdits']).not.toContain(table);
        for (const secret of ['citizenId', 'authorCitizenId', 'assigneeCitizenId', 'ownerCitizenId', 'personName', 'note']) expect(projected).not.toHaveProperty(secret);
        if (table === 'comments' && own.authorMemberId == null) expect(projected).not.toHaveProperty('authorName');
        if (table === 'volunteerHours') expect(projected).not.toHaveProperty('memberId');
      } else expect(Object.keys(projected).sort()).toEqual(['deleted', 'deviceId', 'hlc', 'id']);
    }));
  });
});


import { defaultHubSettings, HUB_SETTINGS_ID, type DeskFields, type RoomFields, type ZoneFields } from '../schemas';
import { skillFieldsOf, skillVocabulary } from '../skillVocabulary';
import { localDayOf, msAt } from './calendar';
import type { DemoContext, DemoHub, DemoRecord, DemoSkill } from './context';
import { generateBookings } from './generateBookings';
import { generateMembers } from './generateMembers';
import { generateProjects, projectTitles } from './generateProjects';
import { generateCheckIns, generateGuests } from './generatePresence';
import { labelInSentence } from './memberTexts';
import { deskFeatures, floorNames, roomTemplates, zoneTemplates } from './places';
import { at, SeededIds, SeededRandom } from './random';

export type { DemoHub, DemoRecord } from './context';
export { findBookingOverlaps } from './bookingOverlaps';

export interface DemoHubOptions {
  /** Same seed and same `now`, same hub. Default 1. */
  seed?: number;
  /** Default 48. */
  members?: number;
  /** The moment the demo is "at"; history lies before it, next week's bookings after. Default: the current time. */
  now?: Date;
  /** Weeks of check-in and booking history before today. Default 3. */
  weeksOfHistory?: number;
  /** Default 30, more for large member lists and booking counts. */
  desks?: number;
  /** Default 4, or one per ten desks in larger hubs. */
  rooms?: number;
  /** Exact number of bookings; otherwise about 45 % of the free slots. Never overlapping. */
  bookings?: number;
}

/**
 * A complete, believable hub for demos, screenshots, manual testing and benchmarks:
 * settings, skills, members, premises, projects, bookings, check-ins and guests. Pure and
 * deterministic: every random choice comes from `seed`, every date from `now`. Runs in time
 * linear in members + bookings, so 150,000 members take seconds.
 */
export function generateDemoHub(options: DemoHubOptions = {}): DemoHub {
  const seed = options.seed ?? 1;
  const memberCount = count('members', options.members ?? 48);
  const weeks = count('weeksOfHistory', options.weeksOfHistory ?? 3);
  const bookings = options.bookings === undefined ? undefined : count('bookings', options.bookings);
  const desks = count('desks', options.desks ?? Math.max(30, Math.ceil(memberCount / 50), Math.ceil((bookings ?? 0) / 20)));
  const rooms = count('rooms', options.rooms ?? Math.max(4, Math.ceil(desks / 10)));
  const nowMs = (options.now ?? new Date()).getTime();
  // Four-digit years keep every stamp a plain ISO string and every id time positive.
  if (!(nowMs >= Date.UTC(2000, 0, 1) && nowMs < Date.UTC(9000, 0, 1))) {
    throw new RangeError('`now` must be a valid date between the years 2000 and 9000');
  }

  const random = new SeededRandom(seed);
  const today = localDayOf(nowMs);
  const historyStartDay = today - 7 * weeks;
  const context: DemoContext = {
    random,
    ids: new SeededIds(random, Math.max(0, msAt(historyStartDay, 0))),
    nowMs,
    today,
    historyStartDay,
    skills: [],
  };

  const skills: DemoSkill[] = skillVocabulary.map((entry) => ({
    id: context.ids.next(),
    entry,
    inSentence: {
      da: labelInSentence(entry.labels.da, 'da'),
      de: labelInSentence(entry.labels.de, 'de'),
      en: labelInSentence(entry.labels.en, 'en'),
    },
  }));
  context.skills = skills;
  const premises = generatePremises(context, desks, rooms);
  const people = generateMembers(context, memberCount);
  const projects = generateProjects(context, people);
  const deskIds = premises.desks.filter((d) => d.active).map((d) => d.id);
  const booked = generateBookings(context, people, { deskIds, roomIds: premises.rooms.map((r) => r.id) }, projectTitles(), bookings);
  // Meeting rooms hold people only for a while; the desks bound how many work here in a day.
  const seats = Math.max(deskIds.length, 20);

  return {
    hubSettings: [
      {
        id: HUB_SETTINGS_ID,
        ...defaultHubSettings,
        name: 'Landhub Nakskov',
        town: 'Nakskov',
        // What funders in Region Sjælland reckon a volunteer hour is worth.
        volunteerHourValue: { amount: 200, currency: 'DKK' },
      },
    ],
    skills: skills.map((s) => ({ id: s.id, ...skillFieldsOf(s.entry) })),
    members: people.members,
    zones: premises.zones,
    desks: premises.desks,
    rooms: premises.rooms,
    ...projects,
    bookings: booked.bookings,
    checkIns: generateCheckIns(context, people, booked.deskVisits, seats),
    guests: generateGuests(context, people),
    devices: [],
  };
}

function count(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  return value;
}

interface Premises {
  zones: DemoRecord<'zones'>[];
  desks: DemoRecord<'desks'>[];
  rooms: DemoRecord<'rooms'>[];
}

function generatePremises(context: DemoContext, deskCount: number, roomCount: number): Premises {
  const { random, ids } = context;
  const floorCount = random.chance(0.6) ? 2 : 1;
  const zones: DemoRecord<'zones'>[] = [];
  const floorIds = floorNames.slice(0, floorCount).map((name) => {
    const fields: ZoneFields = { name, kind: 'floor', parentId: null, quiet: false };
    const id = ids.next();
    zones.push({ id, ...fields });
    return id;
  });
  const usedZones = zoneTemplates.slice(0, random.int(3, 4));
  const zoneIds = usedZones.map((template) => {
    const fields: ZoneFields = {
      name: template.name,
      kind: 'zone',
      parentId: floorIds[template.floor] ?? at(floorIds, 0),
      quiet: template.quiet,
    };
    const id = ids.next();
    zones.push({ id, ...fields });
    return id;
  });

  // Desks fill the zones in blocks proportional to each zone's share: D1.. in the open office first.
  const totalShare = usedZones.reduce((sum, z) => sum + z.deskShare, 0);
  const deskZoneEnds: number[] = [];
  let cumulative = 0;
  for (const template of usedZones) {
    cumulative += template.deskShare;
    deskZoneEnds.push(totalShare > 0 ? Math.round((cumulative / totalShare) * deskCount) : deskCount);
  }
  const desks: DemoRecord<'desks'>[] = [];
  let zoneIndex = 0;
  for (let i = 0; i < deskCount; i++) {
    while (zoneIndex < deskZoneEnds.length - 1 && i >= at(deskZoneEnds, zoneIndex)) zoneIndex += 1;
    const fields: DeskFields = {
      code: `D${i + 1}`,
      zoneId: zoneIds[zoneIndex] ?? null,
      features: random.sample(deskFeatures, random.int(0, 3)),
      // The odd desk is out of use (a broken chair, a leaking window), but never D1, so that
      // a hub with desks always has one to book.
      active: !random.chance(0.03) || i === 0,
    };
    desks.push({ id: ids.next(), ...fields });
  }

  const rooms: DemoRecord<'rooms'>[] = [];
  for (let i = 0; i < roomCount; i++) {
    const template = at(roomTemplates, i % roomTemplates.length);
    const round = Math.floor(i / roomTemplates.length);
    const fields: RoomFields = {
      name: round === 0 ? template.name : `${template.name} ${round + 1}`,
      zoneId: template.zone === null ? null : (zoneIds[template.zone] ?? null),
      capacity: template.capacity,
      equipment: [...template.equipment],
      description: template.description,
      active: true,
    };
    rooms.push({ id: ids.next(), ...fields });
  }
  return { zones, desks, rooms };
}

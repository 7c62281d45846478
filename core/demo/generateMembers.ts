import { consentFields, membershipPlans, type ConsentField, type MemberFields } from '../schemas';
import { dayOfIsoDate, isoDateOf, isoOfMs, msAt } from './calendar';
import type { DemoContext, DemoPeople, DemoRecord, DemoSkill } from './context';
import {
  bioClosings,
  bioOpenings,
  companyPatterns,
  fillTemplate,
  genericNeeds,
  genericOffers,
  needPatterns,
  offerPatterns,
  tradeWords,
  type WritingLanguage,
} from './memberTexts';
import {
  danishTowns,
  emailLocalPart,
  germanTowns,
  motherTongue,
  namePools,
  origins,
  originWeights,
  writingLanguage,
  type Origin,
} from './names';
import { at, type SeededRandom } from './random';

const planWeights: readonly number[] = [30, 35, 15, 10, 10];

/** How often members agree to show each field on public screens; contact details least. */
const consentRates: Readonly<Record<ConsentField, number>> = {
  photo: 0.3,
  company: 0.7,
  bio: 0.6,
  skills: 0.72,
  offers: 0.7,
  needs: 0.5,
  languages: 0.6,
  email: 0.25,
  guestVisits: 0.65,
  phone: 0.12,
  plan: 0.3,
  memberSince: 0.4,
  presence: 0.6,
};

const FIRST_MEMBER_DAY = dayOfIsoDate('2019-03-01');

export function generateMembers(context: DemoContext, count: number): DemoPeople {
  const members: DemoRecord<'members'>[] = [];
  const active: number[] = [];
  // Counts per email local part, so that two Søren Østergaards get different addresses.
  const emailsSeen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const member = generateMember(context, emailsSeen);
    if (member.active) active.push(i);
    members.push(member);
  }
  return { members, active };
}

function generateMember(context: DemoContext, emailsSeen: Map<string, number>): DemoRecord<'members'> {
  const { random, skills } = context;
  const origin = random.weighted(origins, originWeights);
  const pool = namePools[origin];
  const first = random.pick(pool.first);
  const last = random.pick(pool.last);
  const language = writingLanguage[origin];
  const livesInGermany = origin === 'de' && random.chance(0.7);
  const town = random.pick(livesInGermany ? germanTowns : danishTowns);
  const memberSkills = random.sample(skills, random.int(1, 5));
  const sinceDay = random.int(Math.min(FIRST_MEMBER_DAY, context.today - 365), context.today);
  const values = { first, last, town, trade: random.pick(tradeWords[language]), skill: skillLabel(at(memberSkills, 0), language) };

  const fields: MemberFields = {
    name: `${first} ${last}`,
    photo: null,
    company: random.chance(0.72) ? fillTemplate(random.pick(companyPatterns[language]), values) : '',
    bio: random.chance(0.85) ? bio(random, language, values) : '',
    skills: memberSkills.map((s) => s.id),
    offers: offers(context, language, memberSkills),
    needs: needs(context, language),
    languages: languagesOf(random, origin),
    email: random.chance(0.9) ? email(first, last, livesInGermany ? 'de.example.org' : 'dk.example.org', emailsSeen) : '',
    phone: random.chance(0.8) ? phone(random, livesInGermany) : '',
    plan: random.weighted(membershipPlans, planWeights),
    memberSince: isoDateOf(sinceDay),
    active: random.chance(0.95),
    consent: consent(context, sinceDay),
    cardToken: cardToken(random),
    pinHash: null,
  };
  return { id: context.ids.next(), ...fields };
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Shaped like core/secrets.ts newCardToken(), but seeded so the demo stays identical. */
function cardToken(random: SeededRandom): string {
  let token = '';
  for (let i = 0; i < 24; i++) token += TOKEN_ALPHABET.charAt(random.int(0, 63));
  return token;
}

function skillLabel(skill: DemoSkill, language: WritingLanguage): string {
  return skill.inSentence[language];
}

function bio(random: SeededRandom, language: WritingLanguage, values: Record<string, string>): string {
  const opening = fillTemplate(random.pick(bioOpenings[language]), values);
  return random.chance(0.5) ? `${opening} ${random.pick(bioClosings[language])}` : opening;
}

function offers(context: DemoContext, language: WritingLanguage, memberSkills: readonly DemoSkill[]): string[] {
  const { random } = context;
  const result = new Set<string>();
  const wanted = random.int(0, 3);
  for (let i = 0; i < wanted; i++) {
    result.add(
      random.chance(0.6)
        ? fillTemplate(random.pick(offerPatterns[language]), { skill: skillLabel(random.pick(memberSkills), language) })
        : random.pick(genericOffers[language]),
    );
  }
  return [...result];
}

function needs(context: DemoContext, language: WritingLanguage): string[] {
  const { random, skills } = context;
  const result = new Set<string>();
  const wanted = random.int(0, 2);
  for (let i = 0; i < wanted; i++) {
    result.add(
      random.chance(0.5)
        ? fillTemplate(random.pick(needPatterns[language]), { skill: skillLabel(random.pick(skills), language) })
        : random.pick(genericNeeds[language]),
    );
  }
  return [...result];
}

function languagesOf(random: SeededRandom, origin: Origin): string[] {
  const spoken = new Set<string>([motherTongue[origin]]);
  if (random.chance(origin === 'de' ? 0.75 : 0.85)) spoken.add('en');
  if (origin === 'da' && random.chance(0.35)) spoken.add('de');
  if (origin === 'de' && random.chance(0.3)) spoken.add('da');
  if (origin !== 'da' && origin !== 'de' && random.chance(0.4)) spoken.add('da');
  if (random.chance(0.04)) spoken.add(random.pick(['sv', 'nb', 'fr', 'es', 'nl']));
  return [...spoken];
}

function email(first: string, last: string, domain: string, seen: Map<string, number>): string {
  const local = emailLocalPart(first, last);
  const n = (seen.get(local) ?? 0) + 1;
  seen.set(local, n);
  return `${n === 1 ? local : `${local}${n}`}@${domain}`;
}

/**
 * Numbers that cannot ring a real person: Danish national numbers never start with 0, and
 * +49 40 66969 000-999 is a Hamburg block the Bundesnetzagentur keeps for film and fiction
 * ("Drama Numbers", Amtsblatt 7/2021, Mitteilung 148/2021).
 */
function phone(random: SeededRandom, german: boolean): string {
  const digits = (n: number): string => String(random.int(0, 10 ** n - 1)).padStart(n, '0');
  if (german) return `+49 40 66969 ${digits(3)}`;
  return `+45 0${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`;
}

function consent(context: DemoContext, sinceDay: number): MemberFields['consent'] {
  const { random } = context;
  const result: MemberFields['consent'] = {};
  // Consent is given at sign-up, which cannot lie after "now".
  const consentedAt = isoOfMs(Math.min(msAt(sinceDay, random.int(9 * 60, 16 * 60)), context.nowMs));
  for (const field of consentFields) {
    if (random.chance(consentRates[field])) result[field] = { public: true, consentedAt };
    // Some members said no explicitly; for the rest the field was never asked about.
    else if (random.chance(0.15)) result[field] = { public: false, consentedAt: null };
  }
  return result;
}

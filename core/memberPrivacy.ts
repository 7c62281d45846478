import type { ConsentField, Member } from './schemas';

/**
 * What public screens (kiosk, wall display) may show of a member: the name, and every
 * other field only after the member said yes. One function, used by every public view,
 * so the rule cannot drift between screens.
 */
export function isFieldPublic(member: Pick<Member, 'consent'>, field: ConsentField): boolean {
  return member.consent[field]?.public === true;
}

export interface PublicMember {
  id: string;
  name: string;
  photo: string | null;
  company: string | null;
  bio: string | null;
  skills: string[];
  offers: string[];
  needs: string[];
  languages: string[];
  email: string | null;
  phone: string | null;
  plan: Member['plan'] | null;
  memberSince: string | null;
  showsPresence: boolean;
}

/** A member with every private field removed, not merely hidden. */
export function toPublicMember(member: Member): PublicMember {
  const pick = <K extends ConsentField & keyof Member>(field: K): Member[K] | null =>
    isFieldPublic(member, field) ? member[field] : null;
  return {
    id: member.id,
    name: member.name,
    photo: pick('photo'),
    company: pick('company'),
    bio: pick('bio'),
    skills: pick('skills') ?? [],
    offers: pick('offers') ?? [],
    needs: pick('needs') ?? [],
    languages: pick('languages') ?? [],
    email: pick('email'),
    phone: pick('phone'),
    plan: pick('plan'),
    memberSince: pick('memberSince'),
    showsPresence: isFieldPublic(member, 'presence'),
  };
}

/** The host's full view has the same shape, so one card component renders both. */
export function toFullMember(member: Member): PublicMember {
  return {
    id: member.id,
    name: member.name,
    photo: member.photo,
    company: member.company,
    bio: member.bio,
    skills: member.skills,
    offers: member.offers,
    needs: member.needs,
    languages: member.languages,
    email: member.email,
    phone: member.phone,
    plan: member.plan,
    memberSince: member.memberSince,
    showsPresence: isFieldPublic(member, 'presence'),
  };
}

/** Switching a field public records when the member agreed; switching it back clears that. */
export function withConsent(
  consent: Member['consent'],
  field: ConsentField,
  makePublic: boolean,
  nowIso: string,
): Member['consent'] {
  if (isFieldPublic({ consent }, field) === makePublic) return consent;
  return { ...consent, [field]: { public: makePublic, consentedAt: makePublic ? nowIso : null } };
}

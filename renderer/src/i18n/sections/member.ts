import type { Section } from '../messageTypes';

/** One member as others see them: card, profile, plan. */
const en = {
  inToday: 'In today',
  offers: 'Can help with',
  needs: 'Looking for',
  skills: 'Skills',
  languages: 'Speaks',
  contact: 'Contact',
  memberSince: 'Member since {{date}}',
  inactive: 'Inactive',
  edit: 'Edit {{name}}',
  photoOf: 'Photo of {{name}}',
  plan: {
    community: 'Community member',
    flex: 'Flex desk',
    fixedDesk: 'Fixed desk',
    team: 'Team',
    volunteer: 'Volunteer',
  },
} as const;

export const memberText: Section<typeof en> = {
  en,
  da: {
    inToday: 'Her i dag',
    offers: 'Kan hjælpe med',
    needs: 'Søger',
    skills: 'Kompetencer',
    languages: 'Taler',
    contact: 'Kontakt',
    memberSince: 'Medlem siden {{date}}',
    inactive: 'Inaktiv',
    edit: 'Redigér {{name}}',
    photoOf: 'Foto af {{name}}',
    plan: {
      community: 'Fællesskabsmedlem',
      flex: 'Flexplads',
      fixedDesk: 'Fast plads',
      team: 'Team',
      volunteer: 'Frivillig',
    },
  },
  de: {
    inToday: 'Heute da',
    offers: 'Kann helfen bei',
    needs: 'Sucht',
    skills: 'Fähigkeiten',
    languages: 'Spricht',
    contact: 'Kontakt',
    memberSince: 'Mitglied seit {{date}}',
    inactive: 'Inaktiv',
    edit: '{{name}} bearbeiten',
    photoOf: 'Foto von {{name}}',
    plan: {
      community: 'Gemeinschaftsmitglied',
      flex: 'Flex-Arbeitsplatz',
      fixedDesk: 'Fester Arbeitsplatz',
      team: 'Team',
      volunteer: 'Ehrenamtlich',
    },
  },
};

import { deskFeatureCodes, type DeskFeatureCode } from '../schemas/place';
/**
 * The demo hub's premises: a former harbour warehouse with an open office downstairs, a
 * quiet floor upstairs and a workshop, as municipalities often lend out. Danish names,
 * since the hub's default language is Danish.
 */

export const floorNames: readonly string[] = ['Stueetage', '1. sal'];

export interface ZoneTemplate {
  name: string;
  quiet: boolean;
  /** Index into floorNames; folded onto the ground floor when the hub has one floor. */
  floor: number;
  /** Relative share of the desks placed here. */
  deskShare: number;
}

export const zoneTemplates: readonly ZoneTemplate[] = [
  { name: 'Åbent kontor', quiet: false, floor: 0, deskShare: 6 },
  { name: 'Stille zone', quiet: true, floor: 1, deskShare: 3 },
  { name: 'Værksted', quiet: false, floor: 0, deskShare: 0 },
  { name: 'Caféen', quiet: false, floor: 0, deskShare: 1 },
];

/** Desk features as the codes a host picks (core/schemas/place.ts), so each language says them its own way. */
export const deskFeatures: readonly DeskFeatureCode[] = deskFeatureCodes;

export interface RoomTemplate {
  name: string;
  capacity: number;
  equipment: string[];
  description: string;
  /** Index into zoneTemplates, or null for a room outside the zones (an annex). */
  zone: number | null;
}

export const roomTemplates: readonly RoomTemplate[] = [
  {
    name: 'Mødelokale Havnen', capacity: 8, equipment: ['Skærm', 'Whiteboard', 'Videomøde'],
    description: 'Udsigt over havnen. Kaffe og te står på kanden.', zone: 0,
  },
  { name: 'Fjorden', capacity: 4, equipment: ['Skærm'], description: 'Lille mødelokale til sparring og kundemøder.', zone: 1 },
  {
    name: 'Værkstedet', capacity: 12, equipment: ['Arbejdsbænke', '3D-printer', 'Værktøjsvæg', 'Symaskine'],
    description: 'Til repair café, prototyper og kurser. Husk at rydde op efter dig.', zone: 2,
  },
  { name: 'Telefonboks', capacity: 1, equipment: ['Lydisolering'], description: 'Til telefon- og videomøder.', zone: 1 },
  {
    name: 'Forsamlingssalen', capacity: 40, equipment: ['Projektor', 'Lydanlæg', 'Stole i rækker'],
    description: 'Til borgermøder, foredrag og fællesspisning.', zone: null,
  },
  { name: 'Broen', capacity: 6, equipment: ['Skærm', 'Whiteboard'], description: 'Opkaldt efter Femern-forbindelsen.', zone: 0 },
  { name: 'Sundet', capacity: 5, equipment: ['Whiteboard'], description: 'Stille mødelokale på første sal.', zone: 1 },
  { name: 'Bålhytten', capacity: 10, equipment: ['Bålsted', 'Bænke'], description: 'Udendørs mødested i haven.', zone: null },
];

/** What people book rooms for; `{project}` is a demo project's title. */
export const roomBookingTitles: readonly string[] = [
  'Kundemøde', 'Bestyrelsesmøde', 'Videomøde med Kiel', 'Workshop: fondsansøgninger', 'Sprogcafé',
  'Projektmøde: {project}', 'Netzwerktreffen Fehmarnbelt', 'Jobsamtale', 'Planlægning: {project}',
  'Team meeting', 'Kursus i bogføring', 'Besøg fra kommunen', 'Frivilligmøde',
];

export const guestCompanies: readonly string[] = [
  'Lolland Kommune', 'Vordingborg Kommune', 'Guldborgsund Kommune', 'Region Sjælland', 'Kreis Ostholstein',
  'Hansestadt Lübeck', 'Den lokale aktionsgruppe', '', '',
];

export const guestPurposes: readonly string[] = [
  'Møde om markedsdagen', 'Besøg fra det tyske coworking-netværk', 'Jobsamtale', 'Rundvisning',
  'Interreg-projektmøde', 'Besuch aus Lübeck', 'Kundemøde', 'Interview til lokalavisen',
];

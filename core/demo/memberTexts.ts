/**
 * Sentence templates for demo members. `{skill}` is a skill label in the member's language,
 * `{town}` where they live, `{first}`/`{last}` their name. Short and plain, the way members
 * actually fill in a profile at the host desk.
 */

export type WritingLanguage = 'da' | 'de' | 'en';

export const companyPatterns: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: [
    '{last} {trade}', '{last} {trade} ApS', '{town} {trade}', 'Lolland {trade}', 'Falster {trade} IVS',
    '{first}s Værksted', '{last} & Co.', 'Enkeltmandsvirksomhed {last}', 'Møn {trade}',
  ],
  de: [
    '{last} {trade}', '{trade} {last} GmbH', '{last} & Partner', '{first}s Werkstatt',
    'Ostsee-{trade} UG', 'Fehmarn {trade}', '{trade}büro {last}',
  ],
  en: ['{last} Consulting', '{first} {last} Studio', 'Baltic {trade}', '{last} & Daughters'],
};

export const tradeWords: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: [
    'Design', 'Regnskab', 'Byg', 'El-service', 'Kommunikation', 'Foto', 'Film', 'Web', 'IT',
    'Have & Anlæg', 'Rådgivning', 'Energi', 'Biavl', 'Catering', 'Cykler', 'Tekst', 'Oversættelser',
    'Tegnestue', 'Tømrer & Snedker', 'Skilte', 'Økologi', 'Bådeværft',
  ],
  de: [
    'Design', 'Übersetzungen', 'IT-Service', 'Steuerberatung', 'Holzbau', 'Elektrotechnik',
    'Fotografie', 'Medien', 'Energieberatung', 'Gartenbau', 'Projekt', 'Imkerei', 'Grafik',
  ],
  en: ['Design', 'Media', 'Translations', 'Digital', 'Crafts', 'Consulting'],
};

export const bioOpenings: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: [
    'Jeg arbejder med {skill} og bor i {town}.',
    'Selvstændig inden for {skill}. Flyttede til {town} for roen og naturen.',
    'Har arbejdet med {skill} i mange år og hjælper gerne lokale foreninger.',
    'Nyuddannet og på udkig efter opgaver inden for {skill}.',
    'Pendler mellem {town} og København og bruger hubben to dage om ugen.',
    'Jeg brænder for {skill} og for at få flere virksomheder til Lolland-Falster.',
    'Pensioneret, men stadig aktiv med {skill} som frivillig.',
  ],
  de: [
    'Ich arbeite im Bereich {skill} und wohne in {town}.',
    'Selbstständig im Bereich {skill}, seit Kurzem auch auf der dänischen Seite des Fehmarnbelts.',
    'Nach vielen Jahren in der Stadt bin ich nach {town} gezogen und suche Anschluss.',
    'Ich helfe gern bei Projekten rund um {skill}.',
    'Pendle zwischen {town} und Lolland und lerne gerade Dänisch.',
    'Mein Herz schlägt für {skill} und für grenzüberschreitende Zusammenarbeit.',
  ],
  en: [
    'I work in {skill} and moved to {town} last year.',
    'Freelancer in {skill}, happy to work in English while I learn Danish.',
    'Looking for my first job in Denmark; my background is in {skill}.',
    'New to the area and keen to meet people through {skill}.',
  ],
};

export const bioClosings: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: [
    'Spørg mig gerne over en kop kaffe.', 'Jeg taler også tysk.', 'Har hund og kan ofte findes i køkkenet.',
    'Glæder mig til at møde jer.', 'Cykler til hubben i al slags vejr.',
  ],
  de: [
    'Sprecht mich gern an!', 'Am liebsten bei einer Tasse Kaffee.',
    'Ich freue mich auf neue Kontakte über die Grenze.', 'Mein Dänisch wird jede Woche besser.',
  ],
  en: ['Always up for a chat.', 'Happy to swap English lessons for Danish ones.', 'Say hello at the coffee machine!'],
};

export const offerPatterns: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: ['Kan hjælpe med {skill}', 'Giver gerne en hånd med {skill}', 'Sparring om {skill}'],
  de: ['Helfe gern im Bereich {skill}', 'Biete Rat zum Thema {skill}', 'Unterstütze gern Projekte im Bereich {skill}'],
  en: ['Happy to help with {skill}', 'Can give advice on {skill}'],
};

export const genericOffers: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: [
    'Kan hjælpe med hjemmesider', 'Låner gerne min trailer ud', 'Kører til Nykøbing hver tirsdag og kan tage ting med',
    'Kan læse korrektur på danske tekster', 'Hjælper gerne ved fællesspisning', 'Har en bil med plads til fire',
  ],
  de: [
    'Helfe gern bei Förderanträgen', 'Kann Texte ins Dänische übersetzen', 'Verleihe meinen Anhänger',
    'Fahre regelmäßig nach Lübeck und nehme Pakete mit', 'Backe gern Kuchen für Veranstaltungen',
  ],
  en: ['Happy to proofread English texts', 'Can help with CVs in English', 'Can host language café evenings'],
};

export const needPatterns: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: ['Søger hjælp til {skill}', 'Mangler en samarbejdspartner inden for {skill}'],
  de: ['Suche Unterstützung im Bereich {skill}', 'Suche Partner für {skill}'],
  en: ['Looking for help with {skill}', 'Looking for a partner in {skill}'],
};

export const genericNeeds: Readonly<Record<WritingLanguage, readonly string[]>> = {
  da: [
    'Søger nogen at dele kørsel med fra Maribo', 'Har brug for sparring om prissætning', 'Søger lokale kunder',
    'Mangler en tysktalende samarbejdspartner', 'Søger lagerplads i nærheden',
  ],
  de: [
    'Suche eine Mitfahrgelegenheit nach Rødby', 'Brauche Hilfe mit dem dänischen Steuersystem',
    'Suche dänische Kunden', 'Suche Übungspartner für Dänisch',
  ],
  en: [
    'Looking for a Danish language exchange', 'Need advice on registering a business in Denmark',
    'Looking for a room to rent near the hub',
  ],
};

/** Words that keep their capital in the middle of a sentence. */
const PROPER_WORDS = new Set(['Excel', 'English', 'Danish', 'German', 'WordPress', 'VVS', 'GDPR', 'IT', 'IT-support']);

/**
 * A Danish or English label as it reads mid-sentence ("Webudvikling" → "webudvikling").
 * German nouns keep their capital, so German labels pass through unchanged.
 */
export function labelInSentence(label: string, language: WritingLanguage): string {
  if (language === 'de') return label;
  const firstWord = label.split(/[\s-]/, 1)[0] ?? '';
  if (PROPER_WORDS.has(firstWord) || PROPER_WORDS.has(label.split(' ', 1)[0] ?? '')) return label;
  if (/[A-ZÆØÅ]/.test(firstWord.slice(1))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Fills `{name}` placeholders; unknown names are left visible so a template typo shows up in review. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

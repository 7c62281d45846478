import type { SkillFields } from './schemas';

/**
 * The default shared skill vocabulary a new hub starts with. Labels in the three languages
 * of the Femern belt region; synonyms cover trade names and the other country's words, so
 * that searching "Tischler" or "snedker" finds the same person.
 *
 * `key` is stable across releases (demo data and presets refer to it); the record id a hub
 * stores is separate, so a host may rename or delete entries without breaking anything.
 */
export interface SkillVocabularyEntry<K extends string = string> {
  key: K;
  labels: { da: string; de: string; en: string };
  synonyms: string[];
}

function skill<K extends string>(
  key: K,
  da: string,
  de: string,
  en: string,
  synonyms: string[] = [],
): SkillVocabularyEntry<K> {
  return { key, labels: { da, de, en }, synonyms };
}

export const skillVocabulary = Object.freeze([
  // Digital work
  skill('webDevelopment', 'Webudvikling', 'Webentwicklung', 'Web development', ['hjemmesider', 'Webseiten', 'frontend', 'webdesign']),
  skill('wordpress', 'WordPress', 'WordPress', 'WordPress', ['CMS', 'blog']),
  skill('webShops', 'Webshops', 'Onlineshops', 'Web shops', ['e-handel', 'E-Commerce', 'netbutik', 'Shopify']),
  skill('programming', 'Programmering', 'Programmierung', 'Programming', ['software', 'udvikler', 'Entwickler', 'apps']),
  skill('itSupport', 'IT-support', 'IT-Support', 'IT support', ['computerhjælp', 'PC-Hilfe', 'netværk', 'Netzwerk']),
  skill('dataProtection', 'GDPR og databeskyttelse', 'Datenschutz (DSGVO)', 'GDPR and data protection', ['GDPR', 'DSGVO', 'persondata']),
  skill('excel', 'Excel', 'Excel', 'Excel', ['regneark', 'Tabellenkalkulation', 'spreadsheets']),
  skill('dataAnalysis', 'Dataanalyse', 'Datenanalyse', 'Data analysis', ['statistik', 'Statistik', 'Power BI']),
  // Media and communication
  skill('graphicDesign', 'Grafisk design', 'Grafikdesign', 'Graphic design', ['logo', 'layout', 'Gestaltung', 'illustration']),
  skill('photography', 'Fotografering', 'Fotografie', 'Photography', ['fotograf', 'Fotograf', 'portrætter']),
  skill('dronePhotography', 'Dronefoto', 'Drohnenaufnahmen', 'Drone photography', ['drone', 'Drohne', 'luftfoto']),
  skill('video', 'Videoproduktion', 'Videoproduktion', 'Video production', ['film', 'redigering', 'Videoschnitt', 'video editing']),
  skill('podcasting', 'Podcast og lyd', 'Podcast und Audio', 'Podcasting and audio', ['lyd', 'Tontechnik', 'radio']),
  skill('socialMedia', 'Sociale medier', 'Social Media', 'Social media', ['Facebook', 'Instagram', 'SoMe']),
  skill('marketing', 'Markedsføring', 'Marketing', 'Marketing', ['reklame', 'Werbung', 'branding']),
  skill('copywriting', 'Tekstforfatning', 'Texten', 'Copywriting', ['tekster', 'Texter', 'nyhedsbreve']),
  skill('translationDaDe', 'Oversættelse dansk-tysk', 'Übersetzung Dänisch-Deutsch', 'Translation Danish-German', ['tolk', 'Dolmetscher', 'oversætter', 'Übersetzer']),
  skill('translationEn', 'Oversættelse til engelsk', 'Übersetzung ins Englische', 'English translation', ['korrektur', 'Lektorat', 'proofreading']),
  skill('signMaking', 'Skiltefremstilling', 'Schilderherstellung', 'Sign making', ['skilte', 'Schilder', 'Beschriftung', 'folie']),
  // Money, law and organisation
  skill('accounting', 'Regnskab', 'Rechnungswesen', 'Accounting', ['årsregnskab', 'Jahresabschluss', 'revision']),
  skill('bookkeeping', 'Bogføring', 'Buchhaltung', 'Bookkeeping', ['bogholder', 'Buchhalter', 'bilag']),
  skill('taxAdvice', 'Skatterådgivning', 'Steuerberatung', 'Tax advice', ['skat', 'moms', 'Steuern', 'Umsatzsteuer']),
  skill('law', 'Juridisk rådgivning', 'Rechtsberatung', 'Legal advice', ['jura', 'advokat', 'Anwalt', 'kontrakter']),
  skill('grantWriting', 'Fondsansøgninger', 'Förderanträge', 'Grant writing', ['fundraising', 'fonde', 'Fördermittel', 'Interreg']),
  skill('businessDevelopment', 'Forretningsudvikling', 'Geschäftsentwicklung', 'Business development', ['iværksætteri', 'Existenzgründung', 'startup', 'forretningsplan']),
  skill('projectManagement', 'Projektledelse', 'Projektmanagement', 'Project management', ['projektleder', 'Projektleitung', 'planlægning']),
  skill('facilitation', 'Mødefacilitering', 'Moderation', 'Facilitation', ['workshops', 'Moderator', 'borgermøder']),
  skill('eventPlanning', 'Eventplanlægning', 'Veranstaltungsplanung', 'Event planning', ['arrangementer', 'Events', 'festival']),
  skill('volunteerCoordination', 'Frivilligkoordinering', 'Ehrenamtskoordination', 'Volunteer coordination', ['frivillige', 'Ehrenamt', 'foreningsarbejde']),
  skill('sales', 'Salg', 'Vertrieb', 'Sales', ['sælger', 'Verkauf', 'kundekontakt']),
  skill('customerService', 'Kundeservice', 'Kundenservice', 'Customer service', ['support', 'Kundenbetreuung']),
  skill('recruitment', 'Rekruttering', 'Personalgewinnung', 'Recruitment', ['HR', 'Personalwesen', 'ansættelse']),
  skill('jobSearch', 'Jobsøgning og CV', 'Bewerbungshilfe', 'Job search and CVs', ['CV', 'Lebenslauf', 'ansøgning', 'Bewerbung']),
  skill('coaching', 'Coaching', 'Coaching', 'Coaching', ['sparring', 'mentor', 'Mentoring']),
  // Building, energy and repair
  skill('carpentry', 'Tømrer- og snedkerarbejde', 'Tischlerei', 'Carpentry', ['snedker', 'tømrer', 'Tischler', 'Schreiner', 'joinery']),
  skill('electrician', 'Elektriker', 'Elektriker', 'Electrician', ['el-installation', 'Elektroinstallation', 'elarbejde']),
  skill('plumbing', 'VVS', 'Sanitärinstallation', 'Plumbing', ['blikkenslager', 'Klempner', 'Installateur']),
  skill('painting', 'Malerarbejde', 'Malerarbeiten', 'Painting and decorating', ['maler', 'Maler']),
  skill('welding', 'Svejsning', 'Schweißen', 'Welding', ['svejser', 'Schweißer', 'metalarbejde']),
  skill('architecture', 'Arkitektur', 'Architektur', 'Architecture', ['arkitekt', 'Architekt', 'byggetegninger']),
  skill('solarInstallation', 'Solcelleinstallation', 'Photovoltaik-Installation', 'Solar installation', ['solceller', 'Solaranlage', 'PV']),
  skill('heatPumps', 'Varmepumper', 'Wärmepumpen', 'Heat pumps', ['jordvarme', 'luft-til-vand', 'Heizung']),
  skill('energyAdvice', 'Energirådgivning', 'Energieberatung', 'Energy advice', ['energimærkning', 'Energieausweis', 'isolering', 'Dämmung']),
  skill('printing3d', '3D-print', '3D-Druck', '3D printing', ['3D-printer', 'CAD', 'prototyper']),
  skill('bikeRepair', 'Cykelreparation', 'Fahrradreparatur', 'Bike repair', ['cykelsmed', 'Fahrradwerkstatt']),
  skill('boatRepair', 'Bådreparation', 'Bootsreparatur', 'Boat repair', ['både', 'Boote', 'havn']),
  skill('sewing', 'Syning', 'Nähen', 'Sewing', ['skrædder', 'Schneiderei', 'tekstil', 'tøjreparation']),
  // Land, food and visitors
  skill('gardening', 'Havearbejde', 'Gartenarbeit', 'Gardening', ['gartner', 'Gärtner', 'have']),
  skill('beekeeping', 'Biavl', 'Imkerei', 'Beekeeping', ['biavler', 'Imker', 'honning', 'Honig']),
  skill('farming', 'Landbrug', 'Landwirtschaft', 'Farming', ['landmand', 'Landwirt', 'økologi']),
  skill('forestry', 'Skovbrug', 'Forstwirtschaft', 'Forestry', ['skovarbejde', 'Förster', 'brænde']),
  skill('natureGuiding', 'Naturformidling', 'Naturführung', 'Nature guiding', ['naturvejleder', 'Naturführer', 'fugle']),
  skill('tourism', 'Turisme', 'Tourismus', 'Tourism', ['turistguide', 'Gästeführung', 'overnatning']),
  skill('hospitality', 'Værtskab og service', 'Gastgewerbe', 'Hospitality', ['hotel', 'Gastronomie', 'reception']),
  skill('cooking', 'Madlavning', 'Kochen', 'Cooking', ['kok', 'Koch', 'catering', 'fællesspisning']),
  skill('baking', 'Bagning', 'Backen', 'Baking', ['bager', 'Bäcker', 'kager']),
  // People and learning
  skill('teaching', 'Undervisning', 'Unterricht', 'Teaching', ['lærer', 'Lehrer', 'kurser']),
  skill('tutoring', 'Lektiehjælp', 'Nachhilfe', 'Tutoring', ['lektiecafé', 'Hausaufgabenhilfe']),
  skill('danishLessons', 'Danskundervisning', 'Dänischunterricht', 'Danish lessons', ['dansk for tyskere', 'Dänisch lernen']),
  skill('germanLessons', 'Tyskundervisning', 'Deutschunterricht', 'German lessons', ['tysk', 'Deutsch lernen']),
  skill('music', 'Musik', 'Musik', 'Music', ['musiker', 'Musiker', 'kor', 'Chor']),
  skill('childcare', 'Børnepasning', 'Kinderbetreuung', 'Childcare', ['barnepige', 'Babysitter', 'dagpleje']),
  skill('elderCare', 'Ældrepleje', 'Altenpflege', 'Elder care', ['besøgsven', 'Seniorenbetreuung', 'hjemmehjælp']),
  skill('firstAid', 'Førstehjælp', 'Erste Hilfe', 'First aid', ['hjertestarter', 'Ersthelfer', 'AED']),
  skill('mentalHealthFirstAid', 'Psykisk førstehjælp', 'Erste Hilfe für die Psyche', 'Mental health first aid', ['MHFA', 'trivsel', 'psychische Gesundheit']),
  skill('driving', 'Kørsel og transport', 'Fahrdienst und Transport', 'Driving and transport', ['chauffør', 'Fahrer', 'varevogn', 'Transporter']),
]);

/** Stable names of the default skills, checked by the compiler wherever presets use them. */
export type SkillKey = (typeof skillVocabulary)[number]['key'];

/** The entry as a skill record's fields, copied so that the vocabulary itself is never shared. */
export function skillFieldsOf(entry: SkillVocabularyEntry): SkillFields {
  return { labels: { ...entry.labels }, synonyms: [...entry.synonyms] };
}

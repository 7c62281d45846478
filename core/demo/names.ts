/**
 * Name lists for demo members and guests. Invented combinations of common names from both
 * sides of the Femern belt and from the newer neighbours the hubs welcome; spelled with
 * their own letters so that search, sorting and fonts meet æ ø å ä ö ü ß ł from day one.
 */

export type Origin = 'da' | 'de' | 'pl' | 'ar' | 'uk' | 'en';

export interface NamePool {
  first: readonly string[];
  last: readonly string[];
}

export const namePools: Readonly<Record<Origin, NamePool>> = {
  da: {
    first: [
      'Søren', 'Åse', 'Jørgen', 'Mette', 'Lene', 'Henrik', 'Birgitte', 'Bjørn', 'Kirsten', 'Lars',
      'Anders', 'Mads', 'Rasmus', 'Maja', 'Freja', 'Ida', 'Signe', 'Sofie', 'Karen', 'Hanne',
      'Jens', 'Niels', 'Poul', 'Ole', 'Torben', 'Morten', 'Mikkel', 'Thea', 'Astrid', 'Bodil',
      'Grethe', 'Jytte', 'Dorthe', 'Bent', 'Kåre', 'Gitte', 'Helle', 'Tove', 'Knud', 'Jesper',
      'Kasper', 'Line', 'Louise', 'Cecilie', 'Asger', 'Frode', 'Øjvind', 'Børge', 'Malthe', 'Nanna',
      'Ulla', 'Emil', 'Sønke', 'Åge', 'Vibeke', 'Per', 'Trine', 'Mathilde', 'Esben', 'Gry',
    ],
    last: [
      'Østergaard', 'Bækgaard', 'Sørensen', 'Jørgensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen',
      'Christensen', 'Larsen', 'Rasmussen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen',
      'Knudsen', 'Mortensen', 'Møller', 'Kjær', 'Lund', 'Holm', 'Dalgaard', 'Nørgaard', 'Skovgaard',
      'Bøgh', 'Frølund', 'Højgaard', 'Damgaard', 'Lykke', 'Vestergaard', 'Søndergaard', 'Mølgaard',
      'Brøndum', 'Krogh', 'Strøm', 'Bach', 'Juhl', 'Ravn', 'Friis', 'Bjørnholm', 'Aagaard',
    ],
  },
  de: {
    first: [
      'Jürgen', 'Günther', 'Anja', 'Jörg', 'Björn', 'Katharina', 'Stefan', 'Sabine', 'Petra', 'Thomas',
      'Andreas', 'Michael', 'Claudia', 'Susanne', 'Uwe', 'Dörte', 'Hannelore', 'Lena', 'Lukas', 'Jonas',
      'Leonie', 'Hannah', 'Maximilian', 'Felix', 'Ute', 'Heike', 'Kai', 'Malte', 'Frauke', 'Wiebke',
      'Gesa', 'Hauke', 'Käthe', 'Bärbel', 'Rüdiger', 'Jörn', 'Göran', 'Svenja', 'Merle', 'Till',
    ],
    last: [
      'Weiß', 'Müller', 'Schröder', 'Schmidt', 'Schneider', 'Fischer', 'Meyer', 'Wagner', 'Becker',
      'Schulz', 'Hoffmann', 'Koch', 'Krüger', 'Köhler', 'Böhm', 'Groß', 'Strauß', 'Jäger', 'Möller',
      'Lüdemann', 'Thießen', 'Petersen', 'Brüggemann', 'Wöhler', 'Sönnichsen', 'Claußen', 'Fröhlich',
      'Hähnel', 'Löwe', 'Kühn', 'Vöge', 'Süß', 'Ehlers', 'Reimers', 'Paulsen',
    ],
  },
  pl: {
    first: ['Małgorzata', 'Łukasz', 'Katarzyna', 'Paweł', 'Agnieszka', 'Tomasz', 'Zofia', 'Wojciech'],
    last: ['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Zając', 'Król', 'Wróbel', 'Sikora'],
  },
  ar: {
    first: ['Rania', 'Omar', 'Yasmin', 'Khaled', 'Lina', 'Ahmad', 'Nour', 'Samir'],
    last: ['Al-Hassan', 'Haddad', 'Khalil', 'Al-Masri', 'Darwish', 'Nasser', 'Saleh', 'Haj Ali'],
  },
  uk: {
    first: ['Olena', 'Oksana', 'Andrii', 'Dmytro', 'Iryna', 'Taras', 'Nataliia', 'Yulia'],
    last: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachuk', 'Melnyk', 'Kravchuk', 'Lysenko', 'Savchuk'],
  },
  en: {
    first: ['Sarah', 'James', 'Emma', 'Oliver', 'Claire', 'Thomas', 'Rachel', 'David'],
    last: ['Thompson', 'Walker', 'Hughes', 'Bennett', 'Clarke', "O'Brien", 'Fletcher', 'McKenzie'],
  },
};

/** Roughly the mix the brief describes: mostly Danish, a third German, a few others. */
export const origins: readonly Origin[] = ['da', 'de', 'pl', 'ar', 'uk', 'en'];
export const originWeights: readonly number[] = [60, 35, 1.5, 1.2, 1.3, 1];

/** The language a member writes their bio in, and the languages they likely speak. */
export const writingLanguage: Readonly<Record<Origin, 'da' | 'de' | 'en'>> = {
  da: 'da',
  de: 'de',
  pl: 'en',
  ar: 'en',
  uk: 'en',
  en: 'en',
};
export const motherTongue: Readonly<Record<Origin, string>> = {
  da: 'da', de: 'de', pl: 'pl', ar: 'ar', uk: 'uk', en: 'en',
};

/** Where members live: German members mostly commute across the belt. */
export const danishTowns: readonly string[] = [
  'Nakskov', 'Maribo', 'Nykøbing Falster', 'Vordingborg', 'Sakskøbing', 'Rødby', 'Stubbekøbing',
  'Præstø', 'Stege', 'Bandholm', 'Nysted', 'Gedser', 'Marielyst', 'Kalvehave', 'Højby',
];
export const germanTowns: readonly string[] = [
  'Lübeck', 'Puttgarden', 'Burg auf Fehmarn', 'Oldenburg in Holstein', 'Heiligenhafen',
  'Neustadt in Holstein', 'Kiel', 'Hamburg', 'Eutin', 'Grömitz',
];

/** Letters that email addresses cannot carry; the rest lose their accents by normalising. */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ł: 'l',
};

/** "Søren Østergaard" → "soeren.oestergaard": the local part of a demo email address. */
export function emailLocalPart(first: string, last: string): string {
  return `${asciiName(first) || 'member'}.${asciiName(last) || 'member'}`;
}

// Names repeat endlessly in a large demo; transliterate each one once.
const asciiCache = new Map<string, string>();

function asciiName(text: string): string {
  let ascii = asciiCache.get(text);
  if (ascii === undefined) {
    ascii = text
      .toLowerCase()
      .replace(/[æøåäöüßł]/g, (ch) => TRANSLITERATION[ch] ?? '')
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '');
    if (asciiCache.size < 10_000) asciiCache.set(text, ascii);
  }
  return ascii;
}

import type { Section } from '../messageTypes';

/** Storage errors in plain words (the data layer’s error codes). */
const en = {
  storageFull: 'This computer has run out of space for Landhub data. Nothing already saved was lost, but the last change was not saved. Free some disk space and try again.',
  recordMissing: 'This record no longer exists. It may have been deleted on another machine.',
  invalidInput: 'Some fields are not valid.',
  storageFailed: 'Landhub could not save this change. Please try again.',
  unknown: 'Something went wrong: {{message}}',
} as const;

export const errorsText: Section<typeof en> = {
  en,
  da: {
    storageFull: 'Computeren har ikke mere plads til Landhubs data. Intet, der allerede var gemt, er gået tabt, men den sidste ændring blev ikke gemt. Frigør diskplads, og prøv igen.',
    recordMissing: 'Posten findes ikke længere. Den kan være slettet på en anden maskine.',
    invalidInput: 'Nogle felter er ikke gyldige.',
    storageFailed: 'Landhub kunne ikke gemme ændringen. Prøv igen.',
    unknown: 'Noget gik galt: {{message}}',
  },
  de: {
    storageFull: 'Auf diesem Computer ist kein Platz mehr für Landhub-Daten. Bereits Gespeichertes ist nicht verloren, aber die letzte Änderung wurde nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
    recordMissing: 'Dieser Eintrag existiert nicht mehr. Er wurde vielleicht auf einem anderen Gerät gelöscht.',
    invalidInput: 'Einige Felder sind ungültig.',
    storageFailed: 'Landhub konnte die Änderung nicht speichern. Bitte erneut versuchen.',
    unknown: 'Etwas ist schiefgelaufen: {{message}}',
  },
};

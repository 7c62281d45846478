import type { Section } from '../messageTypes';

/** Loading the demo hub. */
const en = {
  load: 'Load demo hub',
  loading: 'Loading demo hub…',
  loaded: 'The demo hub is ready: {{count, number}} members.',
  help: 'Fills this empty hub with example members, desks, rooms, projects and bookings, so you can look around.',
  onlyWhenEmpty: 'The demo can only be loaded into an empty hub.',
} as const;

export const demoText: Section<typeof en> = {
  en,
  da: {
    load: 'Indlæs demo-hub',
    loading: 'Indlæser demo-hub…',
    loaded: 'Demo-hubben er klar: {{count, number}} medlemmer.',
    help: 'Fylder den tomme hub med eksempler på medlemmer, pladser, lokaler, projekter og bookinger, så du kan se dig omkring.',
    onlyWhenEmpty: 'Demoen kan kun indlæses i en tom hub.',
  },
  de: {
    load: 'Demo-Hub laden',
    loading: 'Demo-Hub wird geladen…',
    loaded: 'Der Demo-Hub ist bereit: {{count, number}} Mitglieder.',
    help: 'Füllt diesen leeren Hub mit Beispielmitgliedern, Arbeitsplätzen, Räumen, Projekten und Buchungen zum Umsehen.',
    onlyWhenEmpty: 'Die Demo kann nur in einen leeren Hub geladen werden.',
  },
};

import type { UiLanguage } from '@core/languages';
import type { NextStep } from '@core/projects/stages';
import type { ProjectStatus } from '@core/schemas';

/**
 * The words of a public project's page (what a villager reads on their phone after scanning the
 * wall's QR code), in the three languages side by side. The renderer's texts live in
 * renderer/src/i18n; the hub does not import them, so its pages have only these. Plain text
 * only: the page escapes every text it puts in (pageHtml.ts).
 */
export type HelpField = 'name' | 'contact' | 'message' | 'consent';
export type HelpProblem = 'required' | 'tooLong';

export interface PageTexts {
  /** The language's own name, on the link that switches to it. */
  languageName: string;
  languages: string;
  stage: Record<ProjectStatus, string>;
  /** What the project needs now, said to someone who may help (core/projects/stages.ts `nextStep`). */
  nextStep: (step: NextStep) => string;
  where: string;
  about: string;
  people: (count: number) => string;
  peopleOf: (count: number, needed: number) => string;
  skills: string;
  tasks: string;
  aboutHours: (hours: string) => string;
  help: string;
  helpIntro: string;
  field: Record<HelpField, string>;
  contactHint: string;
  optional: string;
  send: string;
  checkFields: string;
  problem: (field: HelpField, problem: HelpProblem, max: number) => string;
  thanks: string;
  thanksBody: (project: string) => string;
  back: string;
  notShown: string;
  notShownBody: string;
  tooMany: string;
  tooManyBody: (seconds: number) => string;
  noOffers: string;
  tooLarge: string;
  unreadable: string;
  offersWaiting: string;
  shownBy: (hub: string) => string;
}

const da: PageTexts = {
  languageName: 'Dansk',
  languages: 'Sprog',
  stage: { idea: 'Idé', gathering: 'Samler en gruppe', running: 'I gang', done: 'Afsluttet', paused: 'Sat på pause' },
  nextStep: (step) => {
    switch (step.code) {
      case 'findPeople': return step.missing === 1 ? 'Der mangler én person mere. Vil du være med?' : `Der mangler ${step.missing} personer mere. Vil du være med?`;
      case 'takeTask': return step.open === 1 ? 'En opgave venter på, at nogen tager den.' : `${step.open} opgaver venter på, at nogen tager dem.`;
      case 'finishTasks': return 'Gruppen er i gang med opgaverne.';
      case 'startWork': return 'Gruppen er klar til at gå i gang.';
      case 'addTasks': return 'Gruppen planlægger opgaverne.';
      case 'wrapUp': return 'Projektet er næsten færdigt.';
      case 'resume': return 'Projektet holder pause lige nu.';
      case 'seeResults': return 'Projektet er gennemført. Tak til alle, der hjalp.';
      case 'closed': return `Projektet blev lukket: ${step.reason}`;
      case 'continuedIn': return 'Idéen fortsætter i et andet projekt.';
      case 'writePitch':
      case 'gatherGroup': return 'Idéen søger folk, der vil være med fra starten.';
    }
  },
  where: 'Hvor',
  about: 'Om projektet',
  people: (count) => (count === 1 ? '1 person er med' : `${count} personer er med`),
  peopleOf: (count, needed) => `${count} af ${needed} personer er med`,
  skills: 'Evner, der kan hjælpe',
  tasks: 'Opgaver, der venter',
  aboutHours: (hours) => `ca. ${hours} timer`,
  help: 'Jeg vil gerne hjælpe',
  helpIntro: 'Skriv dit navn, og hvordan vi kan få fat i dig. En vært vender tilbage til dig. Det, du skriver, vises ikke på siden.',
  field: { name: 'Dit navn', contact: 'Sådan får vi fat i dig', message: 'En kort besked', consent: 'En vært må kontakte mig om dette projekt' },
  contactHint: 'Et telefonnummer, en e-mail eller et par ord, fx »spørg hos bageren«.',
  optional: '(kan udelades)',
  send: 'Send',
  checkFields: 'Se venligst på de felter, der er markeret nedenfor.',
  problem: (field, problem, max) => {
    if (problem === 'tooLong') return `Højst ${max} tegn.`;
    if (field === 'name') return 'Skriv dit navn.';
    if (field === 'contact') return 'Skriv, hvordan vi kan få fat i dig.';
    return 'Sæt kryds, så en vært må kontakte dig.';
  },
  thanks: 'Tak!',
  thanksBody: (project) => `En vært vender tilbage til dig om »${project}«.`,
  back: 'Tilbage til projektet',
  notShown: 'Dette projekt vises ikke her',
  notShownBody: 'Det kan være fjernet, eller det er kun for hubbens medlemmer.',
  tooMany: 'Lidt for mange på én gang',
  tooManyBody: (seconds) => `Vent venligst ${seconds} sekunder, og prøv igen.`,
  noOffers: 'Dette projekt tager ikke imod tilbud om hjælp længere.',
  tooLarge: 'Det, du sendte, var for langt. Gør beskeden kortere, og prøv igen.',
  unreadable: 'Formularen kunne ikke læses. Prøv igen fra projektets side.',
  offersWaiting: 'Mange tilbud venter allerede på en vært. Prøv igen om et par dage.',
  shownBy: (hub) => `Vist af ${hub}. Her står kun det, projektet viser offentligt.`,
};

const de: PageTexts = {
  languageName: 'Deutsch',
  languages: 'Sprache',
  stage: { idea: 'Idee', gathering: 'Sucht Mitstreiter', running: 'Läuft', done: 'Abgeschlossen', paused: 'Pausiert' },
  nextStep: (step) => {
    switch (step.code) {
      case 'findPeople': return step.missing === 1 ? 'Es fehlt noch eine Person. Machen Sie mit?' : `Es fehlen noch ${step.missing} Personen. Machen Sie mit?`;
      case 'takeTask': return step.open === 1 ? 'Eine Aufgabe wartet darauf, dass jemand sie übernimmt.' : `${step.open} Aufgaben warten darauf, dass jemand sie übernimmt.`;
      case 'finishTasks': return 'Die Gruppe arbeitet an den Aufgaben.';
      case 'startWork': return 'Die Gruppe ist bereit loszulegen.';
      case 'addTasks': return 'Die Gruppe plant die Aufgaben.';
      case 'wrapUp': return 'Das Projekt ist fast fertig.';
      case 'resume': return 'Das Projekt pausiert gerade.';
      case 'seeResults': return 'Das Projekt ist abgeschlossen. Danke an alle, die geholfen haben.';
      case 'closed': return `Das Projekt wurde beendet: ${step.reason}`;
      case 'continuedIn': return 'Die Idee geht in einem anderen Projekt weiter.';
      case 'writePitch':
      case 'gatherGroup': return 'Die Idee sucht Menschen, die von Anfang an dabei sind.';
    }
  },
  where: 'Wo',
  about: 'Über das Projekt',
  people: (count) => (count === 1 ? '1 Person macht mit' : `${count} Personen machen mit`),
  peopleOf: (count, needed) => `${count} von ${needed} Personen machen mit`,
  skills: 'Fähigkeiten, die helfen',
  tasks: 'Aufgaben, die warten',
  aboutHours: (hours) => `ca. ${hours} Stunden`,
  help: 'Ich möchte helfen',
  helpIntro: 'Schreiben Sie Ihren Namen und wie wir Sie erreichen. Eine Gastgeberin oder ein Gastgeber meldet sich bei Ihnen. Was Sie schreiben, erscheint nicht auf der Seite.',
  field: { name: 'Ihr Name', contact: 'So erreichen wir Sie', message: 'Eine kurze Nachricht', consent: 'Eine Gastgeberin oder ein Gastgeber darf mich zu diesem Projekt kontaktieren' },
  contactHint: 'Eine Telefonnummer, eine E-Mail oder ein paar Worte, z. B. „beim Bäcker fragen“.',
  optional: '(freiwillig)',
  send: 'Senden',
  checkFields: 'Bitte sehen Sie sich die unten markierten Felder an.',
  problem: (field, problem, max) => {
    if (problem === 'tooLong') return `Höchstens ${max} Zeichen.`;
    if (field === 'name') return 'Bitte schreiben Sie Ihren Namen.';
    if (field === 'contact') return 'Bitte schreiben Sie, wie wir Sie erreichen.';
    return 'Bitte setzen Sie das Häkchen, damit wir Sie kontaktieren dürfen.';
  },
  thanks: 'Danke!',
  thanksBody: (project) => `Wir melden uns bei Ihnen zu „${project}“.`,
  back: 'Zurück zum Projekt',
  notShown: 'Dieses Projekt wird hier nicht gezeigt',
  notShownBody: 'Es wurde vielleicht entfernt, oder es ist nur für die Mitglieder des Hubs.',
  tooMany: 'Etwas zu viel auf einmal',
  tooManyBody: (seconds) => `Bitte warten Sie ${seconds} Sekunden und versuchen Sie es noch einmal.`,
  noOffers: 'Dieses Projekt nimmt keine Hilfsangebote mehr an.',
  tooLarge: 'Was Sie gesendet haben, war zu lang. Bitte kürzen Sie die Nachricht und versuchen Sie es noch einmal.',
  unreadable: 'Das Formular konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal von der Projektseite aus.',
  offersWaiting: 'Viele Angebote warten schon auf eine Antwort. Bitte versuchen Sie es in ein paar Tagen noch einmal.',
  shownBy: (hub) => `Gezeigt von ${hub}. Hier steht nur, was das Projekt öffentlich zeigt.`,
};

const en: PageTexts = {
  languageName: 'English',
  languages: 'Language',
  stage: { idea: 'Idea', gathering: 'Gathering a group', running: 'Running', done: 'Done', paused: 'Paused' },
  nextStep: (step) => {
    switch (step.code) {
      case 'findPeople': return step.missing === 1 ? 'One more person is needed. Would you join?' : `${step.missing} more people are needed. Would you join?`;
      case 'takeTask': return step.open === 1 ? 'One task is waiting for someone to take it.' : `${step.open} tasks are waiting for someone to take them.`;
      case 'finishTasks': return 'The group is working on the tasks.';
      case 'startWork': return 'The group is ready to start.';
      case 'addTasks': return 'The group is planning the tasks.';
      case 'wrapUp': return 'The project is nearly finished.';
      case 'resume': return 'The project is paused for now.';
      case 'seeResults': return 'The project is done. Thank you to everyone who helped.';
      case 'closed': return `The project was closed: ${step.reason}`;
      case 'continuedIn': return 'The idea goes on in another project.';
      case 'writePitch':
      case 'gatherGroup': return 'The idea is looking for people to join from the start.';
    }
  },
  where: 'Where',
  about: 'About the project',
  people: (count) => (count === 1 ? '1 person is in' : `${count} people are in`),
  peopleOf: (count, needed) => `${count} of ${needed} people are in`,
  skills: 'Skills that would help',
  tasks: 'Tasks that are waiting',
  aboutHours: (hours) => `about ${hours} hours`,
  help: 'I’d like to help',
  helpIntro: 'Leave your name and how to reach you. A host will get back to you. What you write is not shown on this page.',
  field: { name: 'Your name', contact: 'How to reach you', message: 'A short message', consent: 'A host may contact me about this project' },
  contactHint: 'A phone number, an e-mail or a few words, such as “ask at the bakery”.',
  optional: '(optional)',
  send: 'Send',
  checkFields: 'Please look at the fields marked below.',
  problem: (field, problem, max) => {
    if (problem === 'tooLong') return `At most ${max} characters.`;
    if (field === 'name') return 'Please write your name.';
    if (field === 'contact') return 'Please write how we can reach you.';
    return 'Please tick the box, so a host may contact you.';
  },
  thanks: 'Thank you!',
  thanksBody: (project) => `A host will get back to you about “${project}”.`,
  back: 'Back to the project',
  notShown: 'This project is not shown here',
  notShownBody: 'It may have been removed, or it is for the hub’s members only.',
  tooMany: 'A little too much at once',
  tooManyBody: (seconds) => `Please wait ${seconds} seconds and try again.`,
  noOffers: 'This project no longer takes offers of help.',
  tooLarge: 'What you sent was too long. Please make the message shorter and try again.',
  unreadable: 'The form could not be read. Please try again from the project’s page.',
  offersWaiting: 'Many offers are already waiting for a host. Please try again in a few days.',
  shownBy: (hub) => `Shown by ${hub}. This page holds only what the project shows in public.`,
};

export const pageTexts: Record<UiLanguage, PageTexts> = { da, de, en };

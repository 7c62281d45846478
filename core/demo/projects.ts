import type { CommentFields, ProjectFields } from '../schemas';
import type { SkillKey } from '../skillVocabulary';

/**
 * Local projects of the kind the hubs run: from a one-day clean-up to solar panels on the
 * village hall. Each shows a different stage, so every screen has something to show.
 */

export type ProjectStatus = ProjectFields['status'];

export interface TaskTemplate {
  title: string;
  details: string;
  status: 'open' | 'taken' | 'done';
  skills: SkillKey[];
  /** Days from today, negative for the past; null when there is no deadline. */
  dueInDays: number | null;
  /** How long it should take; null when nobody guessed. */
  hours?: number;
}

export interface CommentTemplate {
  body: string;
  kind: CommentFields['kind'];
  /** Index of the comment this one answers. */
  replyTo?: number;
  /** The owner marked it helpful. */
  helpful?: boolean;
  /** A local citizen who is not a member; otherwise a project member wrote it. */
  citizen?: string;
  /** Index into the project's tasks when the comment is about one. */
  task?: number;
}

export interface ProjectTemplate {
  title: string;
  /** The one line on the card. */
  pitch: string;
  summary: string;
  /** The village or place. */
  place: string;
  tags: string[];
  /** The meter's target; null without one. */
  needsPeople: number | null;
  /** Why a done project closed without being carried out. */
  closedReason?: string;
  /**
   * The title of the project a duplicate idea was merged into. A merged idea in the demo has no
   * group, tasks or comments of its own (they followed it) and draws nothing from the random
   * source, so the rest of the demo stays as it was.
   */
  mergedInto?: string;
  /** Citizens (by name, core/demo/generateProjects.ts) who follow it. */
  citizenFollowers?: string[];
  status: ProjectStatus;
  public: boolean;
  wantedSkills: SkillKey[];
  /** Days from today; null while undecided. */
  startsInDays: number | null;
  /** How long ago the idea was first posted. */
  ageDays: number;
  tasks: TaskTemplate[];
  comments: CommentTemplate[];
  volunteerNotes: string[];
}

export const projectTemplates: readonly ProjectTemplate[] = [
  {
    title: 'Strandrensning i Nakskov',
    pitch: 'En lørdag formiddag med affaldssække på stranden.', place: 'Hestehoved, Nakskov', tags: ['miljø', 'familie'], needsPeople: 15,
    citizenFollowers: ['Birthe fra Bandholm', 'Elke Brandt'],
    summary: 'En lørdag formiddag samler vi affald på stranden ved Hestehoved og langs fjorden. Alle kan være med, også børn.',
    status: 'running', public: true, wantedSkills: ['eventPlanning', 'driving', 'socialMedia'], startsInDays: 9, ageDays: 40,
    tasks: [
      { title: 'Bestil affaldssække og gribetænger hos kommunen', details: 'Genbrugspladsen låner dem gratis ud.', status: 'done', skills: [], dueInDays: -5, hours: 1 },
      { title: 'Lav en plakat til opslagstavlerne', details: 'A3, på dansk og tysk.', status: 'taken', skills: ['graphicDesign', 'translationDaDe'], dueInDays: 2, hours: 3 },
      { title: 'Find nogen med trailer til at køre affaldet væk', details: '', status: 'open', skills: ['driving'], dueInDays: 8, hours: 2 },
      { title: 'Skriv opslag i de lokale Facebook-grupper', details: '', status: 'open', skills: ['socialMedia'], dueInDays: 4 },
    ],
    comments: [
      { body: 'Jeg tager mine to børn med. Er der handsker i små størrelser?', kind: 'question', citizen: 'Birthe fra Bandholm' },
      { body: 'Skal vi ikke slutte af med kaffe og kage på havnen?', kind: 'idea', helpful: true },
      { body: 'Jeg kan køre med min trailer.', kind: 'idea', task: 2 },
    ],
    volunteerNotes: ['Planlægning og indkøb', 'Plakater hængt op i Nakskov', 'Aftale med kommunen'],
  },
  {
    title: 'Fælles markedsdag',
    pitch: 'Lokale boder og hubbens medlemmer på torvet.', place: 'Torvet, Nakskov', tags: ['marked', 'lokalt'], needsPeople: 10,
    citizenFollowers: ['Hinrich von der Insel', 'Poul fra Biavlerforeningen'],
    summary: 'Lokale producenter, kunstnere og hubbens medlemmer sælger og viser, hvad de laver. Første lørdag i næste måned på torvet.',
    status: 'gathering', public: true, wantedSkills: ['eventPlanning', 'marketing', 'cooking', 'signMaking'], startsInDays: 30, ageDays: 21,
    tasks: [
      { title: 'Lav en liste over stadeholdere', details: 'Mindst 15 boder, gerne også fra Fehmarn.', status: 'taken', skills: ['eventPlanning'], dueInDays: 10 },
      { title: 'Søg tilladelse til at bruge torvet', details: '', status: 'done', skills: ['law'], dueInDays: -3 },
      { title: 'Skilte til boderne', details: 'Ens skilte på dansk og tysk.', status: 'open', skills: ['signMaking'], dueInDays: 25, hours: 6 },
    ],
    comments: [
      { body: 'Kan vi få en bod til Repair Café? Så reparerer vi på stedet.', kind: 'idea', helpful: true },
      { body: 'Ich bringe gern Honig von Fehmarn mit.', kind: 'idea', citizen: 'Hinrich von der Insel', replyTo: 0 },
    ],
    volunteerNotes: ['Møde med stadeholdere'],
  },
  {
    title: 'Grænseløs cykelrute Femern',
    pitch: 'Eine Radroute von Lübeck bis Nakskov, in drei Sprachen.', place: 'Fehmarn – Rødby', tags: ['Radfahren', 'Tourismus', 'grenzenlos'], needsPeople: 6,
    summary: 'Eine ausgeschilderte Radroute von Lübeck über Fehmarn nach Nakskov, mit Karten auf Dänisch, Deutsch und Englisch. Wir suchen Leute, die die Strecke testen.',
    status: 'idea', public: true, wantedSkills: ['tourism', 'translationDaDe', 'bikeRepair', 'graphicDesign'], startsInDays: null, ageDays: 12,
    tasks: [
      { title: 'Strecke Puttgarden–Rødby testen', details: 'Mit Fähre; Zeiten notieren.', status: 'open', skills: ['bikeRepair'], dueInDays: null, hours: 5 },
      { title: 'Karte entwerfen', details: '', status: 'open', skills: ['graphicDesign'], dueInDays: null },
    ],
    comments: [
      { body: 'Tolle Idee! Können wir auch E-Bike-Ladestationen einzeichnen?', kind: 'idea', helpful: true },
      { body: 'Hvad med at starte i Maribo i stedet? Der er flere overnatningssteder.', kind: 'concern' },
    ],
    volunteerNotes: [],
  },
  {
    title: 'Repair Café i hubben',
    pitch: 'Vi reparerer sammen i stedet for at smide ud.', place: 'Hubben, Nakskov', tags: ['genbrug', 'værksted'], needsPeople: null,
    citizenFollowers: ['Inger Lauridsen'],
    summary: 'Anden tirsdag i måneden reparerer vi cykler, tøj, lamper og computere sammen. Gratis, kaffe på kanden.',
    status: 'running', public: true, wantedSkills: ['electrician', 'sewing', 'bikeRepair', 'itSupport'], startsInDays: -60, ageDays: 120,
    tasks: [
      { title: 'Værktøj til cykelhjørnet', details: 'Vi mangler en kædenitter og dæklifte.', status: 'open', skills: ['bikeRepair'], dueInDays: 14 },
      { title: 'Tjek el-sikkerhed på loddestationen', details: '', status: 'done', skills: ['electrician'], dueInDays: -20 },
    ],
    comments: [
      { body: 'Min symaskine står bare. Den må I gerne låne.', kind: 'idea', citizen: 'Inger Lauridsen' },
      { body: 'Godt initiativ. Sidst fik jeg min radio fikset!', kind: 'idea', replyTo: 0 },
    ],
    volunteerNotes: ['Repair café-aften', 'Cykelværksted', 'Oprydning i værkstedet'],
  },
  {
    title: 'Solceller på forsamlingshuset',
    pitch: 'Grøn strøm til forsamlingshuset i Horslunde.', place: 'Horslunde', tags: ['energi', 'forsamlingshus'], needsPeople: 8,
    citizenFollowers: ['Hans-Peter Thomsen'],
    summary: 'Forsamlingshuset i Horslunde vil have solceller på taget. Vi har brug for et tilbud, en fondsansøgning og hænder til montering.',
    status: 'gathering', public: true, wantedSkills: ['solarInstallation', 'electrician', 'grantWriting', 'energyAdvice'], startsInDays: 75, ageDays: 55,
    tasks: [
      { title: 'Indhent tre tilbud', details: '', status: 'taken', skills: ['energyAdvice'], dueInDays: 14 },
      { title: 'Skriv ansøgning til en lokal fond', details: 'Frist om fem uger.', status: 'open', skills: ['grantWriting'], dueInDays: 35, hours: 10 },
      { title: 'Beregn tilbagebetalingstid', details: '', status: 'done', skills: ['excel', 'energyAdvice'], dueInDays: -7 },
    ],
    comments: [
      { body: 'Bør vi ikke også se på en varmepumpe samtidig?', kind: 'concern' },
      { body: 'Ich habe Erfahrung mit Förderanträgen und helfe gern.', kind: 'idea', task: 1, helpful: true },
    ],
    volunteerNotes: ['Møde med bestyrelsen', 'Opmåling af taget'],
  },
  {
    title: 'Sprogcafé dansk-tysk',
    pitch: 'Dansk og tysk over en kop kaffe, hver torsdag.', place: 'Hubben, Nakskov', tags: ['sprog', 'grænseløs'], needsPeople: null,
    summary: 'Hver torsdag kl. 17 øver vi dansk og tysk sammen. Halvdelen af tiden på hvert sprog.',
    status: 'running', public: true, wantedSkills: ['danishLessons', 'germanLessons', 'hospitality'], startsInDays: -90, ageDays: 150,
    tasks: [
      { title: 'Kage til torsdag', details: '', status: 'taken', skills: ['baking'], dueInDays: 3 },
      { title: 'Samtalekort på begge sprog', details: '', status: 'done', skills: ['teaching'], dueInDays: -30 },
    ],
    comments: [{ body: 'Könnten wir auch einen Termin am Wochenende anbieten?', kind: 'question' }],
    volunteerNotes: ['Sprogcafé', 'Forberedelse af samtalekort'],
  },
  {
    title: 'Homework café for new families',
    pitch: 'Homework help for families new to Lolland.', place: 'Nakskov', tags: ['families', 'school'], needsPeople: null,
    closedReason: 'The school took it over in August.',
    summary: 'Help with homework and school letters for families who have just moved to Lolland. In English, Danish, Arabic and Ukrainian.',
    status: 'done', public: false, wantedSkills: ['tutoring', 'translationEn', 'childcare'], startsInDays: -120, ageDays: 200,
    tasks: [
      { title: 'Find volunteers for Wednesdays', details: '', status: 'done', skills: ['volunteerCoordination'], dueInDays: -100 },
    ],
    comments: [{ body: 'Thank you all, the school has taken this over from August.', kind: 'idea' }],
    volunteerNotes: ['Homework café', 'Meeting with the school'],
  },
  {
    title: 'Bistader på taget',
    pitch: 'Egen honning fra hubbens tag.', place: 'Hubben, Nakskov', tags: ['bier', 'honning'], needsPeople: 3,
    summary: 'To bistader på hubbens flade tag, så vi kan sælge vores egen honning på markedsdagen.',
    status: 'paused', public: false, wantedSkills: ['beekeeping', 'carpentry'], startsInDays: null, ageDays: 5,
    tasks: [{ title: 'Spørg udlejeren om lov', details: '', status: 'open', skills: [], dueInDays: 7 }],
    comments: [{ body: 'Jeg har to tomme stader, I kan overtage.', kind: 'offerToHelp', citizen: 'Poul fra Biavlerforeningen' }],
    volunteerNotes: [],
  },
  {
    title: 'Honningbod på torvet',
    pitch: 'En bod med lokal honning.', place: 'Torvet, Nakskov', tags: ['honning', 'marked'], needsPeople: null,
    mergedInto: 'Fælles markedsdag',
    citizenFollowers: ['Poul fra Biavlerforeningen'],
    summary: 'Biavlerne vil sælge honning på torvet. Samme dag og sted som markedsdagen, så idéen fortsætter der.',
    status: 'done', public: true, wantedSkills: ['beekeeping'], startsInDays: null, ageDays: 18,
    tasks: [],
    comments: [],
    volunteerNotes: [],
  },
];

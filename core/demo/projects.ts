import type { SkillKey } from '../skillVocabulary';

/**
 * Local projects of the kind the hubs run: from a one-day clean-up to solar panels on the
 * village hall. Each shows a different stage, so every screen has something to show.
 */

export type ProjectStatus = 'idea' | 'gathering' | 'running' | 'done';

export interface TaskTemplate {
  title: string;
  details: string;
  status: 'open' | 'taken' | 'done';
  skills: SkillKey[];
  /** Days from today, negative for the past; null when there is no deadline. */
  dueInDays: number | null;
}

export interface CommentTemplate {
  body: string;
  kind: 'comment' | 'counterProposal' | 'offerToHelp';
  /** A local citizen who is not a member; otherwise a project member wrote it. */
  citizen?: string;
  /** Index into the project's tasks when the comment is about one. */
  task?: number;
}

export interface ProjectTemplate {
  title: string;
  summary: string;
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
    summary: 'En lørdag formiddag samler vi affald på stranden ved Hestehoved og langs fjorden. Alle kan være med, også børn.',
    status: 'running', public: true, wantedSkills: ['eventPlanning', 'driving', 'socialMedia'], startsInDays: 9, ageDays: 40,
    tasks: [
      { title: 'Bestil affaldssække og gribetænger hos kommunen', details: 'Genbrugspladsen låner dem gratis ud.', status: 'done', skills: [], dueInDays: -5 },
      { title: 'Lav en plakat til opslagstavlerne', details: 'A3, på dansk og tysk.', status: 'taken', skills: ['graphicDesign', 'translationDaDe'], dueInDays: 2 },
      { title: 'Find nogen med trailer til at køre affaldet væk', details: '', status: 'open', skills: ['driving'], dueInDays: 8 },
      { title: 'Skriv opslag i de lokale Facebook-grupper', details: '', status: 'open', skills: ['socialMedia'], dueInDays: 4 },
    ],
    comments: [
      { body: 'Jeg tager mine to børn med. Er der handsker i små størrelser?', kind: 'comment', citizen: 'Birthe fra Bandholm' },
      { body: 'Skal vi ikke slutte af med kaffe og kage på havnen?', kind: 'counterProposal' },
      { body: 'Jeg kan køre med min trailer.', kind: 'offerToHelp', task: 2 },
    ],
    volunteerNotes: ['Planlægning og indkøb', 'Plakater hængt op i Nakskov', 'Aftale med kommunen'],
  },
  {
    title: 'Fælles markedsdag',
    summary: 'Lokale producenter, kunstnere og hubbens medlemmer sælger og viser, hvad de laver. Første lørdag i næste måned på torvet.',
    status: 'gathering', public: true, wantedSkills: ['eventPlanning', 'marketing', 'cooking', 'signMaking'], startsInDays: 30, ageDays: 21,
    tasks: [
      { title: 'Lav en liste over stadeholdere', details: 'Mindst 15 boder, gerne også fra Fehmarn.', status: 'taken', skills: ['eventPlanning'], dueInDays: 10 },
      { title: 'Søg tilladelse til at bruge torvet', details: '', status: 'done', skills: ['law'], dueInDays: -3 },
      { title: 'Skilte til boderne', details: 'Ens skilte på dansk og tysk.', status: 'open', skills: ['signMaking'], dueInDays: 25 },
    ],
    comments: [
      { body: 'Kan vi få en bod til Repair Café? Så reparerer vi på stedet.', kind: 'counterProposal' },
      { body: 'Ich bringe gern Honig von Fehmarn mit.', kind: 'offerToHelp', citizen: 'Hinrich von der Insel' },
    ],
    volunteerNotes: ['Møde med stadeholdere'],
  },
  {
    title: 'Grænseløs cykelrute Femern',
    summary: 'Eine ausgeschilderte Radroute von Lübeck über Fehmarn nach Nakskov, mit Karten auf Dänisch, Deutsch und Englisch. Wir suchen Leute, die die Strecke testen.',
    status: 'idea', public: true, wantedSkills: ['tourism', 'translationDaDe', 'bikeRepair', 'graphicDesign'], startsInDays: null, ageDays: 12,
    tasks: [
      { title: 'Strecke Puttgarden–Rødby testen', details: 'Mit Fähre; Zeiten notieren.', status: 'open', skills: ['bikeRepair'], dueInDays: null },
      { title: 'Karte entwerfen', details: '', status: 'open', skills: ['graphicDesign'], dueInDays: null },
    ],
    comments: [
      { body: 'Tolle Idee! Können wir auch E-Bike-Ladestationen einzeichnen?', kind: 'comment' },
      { body: 'Hvad med at starte i Maribo i stedet? Der er flere overnatningssteder.', kind: 'counterProposal' },
    ],
    volunteerNotes: [],
  },
  {
    title: 'Repair Café i hubben',
    summary: 'Anden tirsdag i måneden reparerer vi cykler, tøj, lamper og computere sammen. Gratis, kaffe på kanden.',
    status: 'running', public: true, wantedSkills: ['electrician', 'sewing', 'bikeRepair', 'itSupport'], startsInDays: -60, ageDays: 120,
    tasks: [
      { title: 'Værktøj til cykelhjørnet', details: 'Vi mangler en kædenitter og dæklifte.', status: 'open', skills: ['bikeRepair'], dueInDays: 14 },
      { title: 'Tjek el-sikkerhed på loddestationen', details: '', status: 'done', skills: ['electrician'], dueInDays: -20 },
    ],
    comments: [
      { body: 'Min symaskine står bare. Den må I gerne låne.', kind: 'offerToHelp', citizen: 'Inger Lauridsen' },
      { body: 'Godt initiativ. Sidst fik jeg min radio fikset!', kind: 'comment' },
    ],
    volunteerNotes: ['Repair café-aften', 'Cykelværksted', 'Oprydning i værkstedet'],
  },
  {
    title: 'Solceller på forsamlingshuset',
    summary: 'Forsamlingshuset i Horslunde vil have solceller på taget. Vi har brug for et tilbud, en fondsansøgning og hænder til montering.',
    status: 'gathering', public: true, wantedSkills: ['solarInstallation', 'electrician', 'grantWriting', 'energyAdvice'], startsInDays: 75, ageDays: 55,
    tasks: [
      { title: 'Indhent tre tilbud', details: '', status: 'taken', skills: ['energyAdvice'], dueInDays: 14 },
      { title: 'Skriv ansøgning til en lokal fond', details: 'Frist om fem uger.', status: 'open', skills: ['grantWriting'], dueInDays: 35 },
      { title: 'Beregn tilbagebetalingstid', details: '', status: 'done', skills: ['excel', 'energyAdvice'], dueInDays: -7 },
    ],
    comments: [
      { body: 'Bør vi ikke også se på en varmepumpe samtidig?', kind: 'counterProposal' },
      { body: 'Ich habe Erfahrung mit Förderanträgen und helfe gern.', kind: 'offerToHelp', task: 1 },
    ],
    volunteerNotes: ['Møde med bestyrelsen', 'Opmåling af taget'],
  },
  {
    title: 'Sprogcafé dansk-tysk',
    summary: 'Hver torsdag kl. 17 øver vi dansk og tysk sammen. Halvdelen af tiden på hvert sprog.',
    status: 'running', public: true, wantedSkills: ['danishLessons', 'germanLessons', 'hospitality'], startsInDays: -90, ageDays: 150,
    tasks: [
      { title: 'Kage til torsdag', details: '', status: 'taken', skills: ['baking'], dueInDays: 3 },
      { title: 'Samtalekort på begge sprog', details: '', status: 'done', skills: ['teaching'], dueInDays: -30 },
    ],
    comments: [{ body: 'Könnten wir auch einen Termin am Wochenende anbieten?', kind: 'counterProposal' }],
    volunteerNotes: ['Sprogcafé', 'Forberedelse af samtalekort'],
  },
  {
    title: 'Homework café for new families',
    summary: 'Help with homework and school letters for families who have just moved to Lolland. In English, Danish, Arabic and Ukrainian.',
    status: 'done', public: false, wantedSkills: ['tutoring', 'translationEn', 'childcare'], startsInDays: -120, ageDays: 200,
    tasks: [
      { title: 'Find volunteers for Wednesdays', details: '', status: 'done', skills: ['volunteerCoordination'], dueInDays: -100 },
    ],
    comments: [{ body: 'Thank you all, the school has taken this over from August.', kind: 'comment' }],
    volunteerNotes: ['Homework café', 'Meeting with the school'],
  },
  {
    title: 'Bistader på taget',
    summary: 'To bistader på hubbens flade tag, så vi kan sælge vores egen honning på markedsdagen.',
    status: 'idea', public: false, wantedSkills: ['beekeeping', 'carpentry'], startsInDays: null, ageDays: 5,
    tasks: [{ title: 'Spørg udlejeren om lov', details: '', status: 'open', skills: [], dueInDays: 7 }],
    comments: [{ body: 'Jeg har to tomme stader, I kan overtage.', kind: 'offerToHelp', citizen: 'Poul fra Biavlerforeningen' }],
    volunteerNotes: [],
  },
];

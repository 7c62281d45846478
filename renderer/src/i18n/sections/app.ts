import type { Section } from '../messageTypes';

/** The app shell: title, start-up, skip link, notices. */
const en = {
  title: 'Landhub',
  skipToContent: 'Skip to content',
  loading: 'Starting Landhub…',
  startFailed: 'Landhub could not start',
  startFailedHelp: 'Close this window and open Landhub again. If it keeps happening, ask your host.',
  mainNavigation: 'Main navigation',
  deviceSettings: 'Device settings',
  storageNotPersistent: 'This browser may clear Landhub data when the disk is nearly full. Install Landhub or allow storage to keep it safe.',
  dismiss: 'Dismiss',
  undo: 'Undo',
} as const;

export const appText: Section<typeof en> = {
  en,
  da: {
    title: 'Landhub',
    skipToContent: 'Gå til indhold',
    loading: 'Landhub starter…',
    startFailed: 'Landhub kunne ikke starte',
    startFailedHelp: 'Luk vinduet, og åbn Landhub igen. Sker det igen, så spørg din vært.',
    mainNavigation: 'Hovedmenu',
    deviceSettings: 'Indstillinger for maskinen',
    storageNotPersistent: 'Browseren kan slette Landhubs data, når disken er næsten fuld. Installér Landhub eller tillad lagring for at beskytte dem.',
    dismiss: 'Luk',
    undo: 'Fortryd',
  },
  de: {
    title: 'Landhub',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Landhub startet…',
    startFailed: 'Landhub konnte nicht starten',
    startFailedHelp: 'Schließen Sie das Fenster und öffnen Sie Landhub erneut. Passiert es wieder, fragen Sie Ihren Host.',
    mainNavigation: 'Hauptmenü',
    deviceSettings: 'Geräteeinstellungen',
    storageNotPersistent: 'Dieser Browser kann Landhub-Daten löschen, wenn die Festplatte fast voll ist. Installieren Sie Landhub oder erlauben Sie die Speicherung.',
    dismiss: 'Schließen',
    undo: 'Rückgängig',
  },
};

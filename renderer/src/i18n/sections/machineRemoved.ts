import type { Section } from '../messageTypes';

/** A machine a host removed from the hub, and why a pairing was refused. */
const en = {
  title: 'This machine was removed from the hub',
  body: 'A host removed it from the hub’s list of machines. Everything it had from the hub has been deleted from this machine.',
  lost_one: '{{count, number}} change made here had not reached the hub yet. It is lost.',
  lost_other: '{{count, number}} changes made here had not reached the hub yet. They are lost.',
  noneLost: 'Every change made here had reached the hub: nothing was lost.',
  pairAgain: 'To use this machine again, ask a host for a new pairing code (Settings → Machines) and connect it here.',
  refusals: {
    codeInvalid: 'This pairing code does not work: it is wrong, has already been used, or has expired. Ask the host for a new code.',
    tooManyTries: 'Too many tries. Wait a minute and try again.',
    alreadyPaired: 'This machine is already connected to this hub. A host can remove it in Settings → Machines first.',
    invalidRequest: 'The hub did not accept the details. Check the name of this machine and try again.',
  },
};

export const machineRemovedText: Section<typeof en> = {
  en,
  da: {
    title: 'Denne maskine er fjernet fra hubben',
    body: 'En vært har fjernet den fra hubbens liste over maskiner. Alt, hvad den havde fra hubben, er slettet fra denne maskine.',
    lost_one: '{{count, number}} ændring lavet her var endnu ikke nået til hubben. Den er gået tabt.',
    lost_other: '{{count, number}} ændringer lavet her var endnu ikke nået til hubben. De er gået tabt.',
    noneLost: 'Alle ændringer lavet her var nået til hubben: intet gik tabt.',
    pairAgain: 'For at bruge maskinen igen skal du bede en vært om en ny parringskode (Indstillinger → Maskiner) og forbinde den her.',
    refusals: {
      codeInvalid: 'Parringskoden virker ikke: den er forkert, allerede brugt eller udløbet. Bed værten om en ny kode.',
      tooManyTries: 'For mange forsøg. Vent et minut, og prøv igen.',
      alreadyPaired: 'Denne maskine er allerede forbundet til hubben. En vært kan først fjerne den under Indstillinger → Maskiner.',
      invalidRequest: 'Hubben godtog ikke oplysningerne. Tjek maskinens navn, og prøv igen.',
    },
  },
  de: {
    title: 'Dieses Gerät wurde vom Hub entfernt',
    body: 'Ein Gastgeber hat es aus der Geräteliste des Hubs entfernt. Alles, was es vom Hub hatte, wurde von diesem Gerät gelöscht.',
    lost_one: '{{count, number}} Änderung, die hier gemacht wurde, hatte den Hub noch nicht erreicht. Sie ist verloren.',
    lost_other: '{{count, number}} Änderungen, die hier gemacht wurden, hatten den Hub noch nicht erreicht. Sie sind verloren.',
    noneLost: 'Alle Änderungen, die hier gemacht wurden, hatten den Hub erreicht: Nichts ging verloren.',
    pairAgain: 'Um dieses Gerät wieder zu nutzen, bitten Sie einen Gastgeber um einen neuen Kopplungscode (Einstellungen → Geräte) und verbinden Sie es hier.',
    refusals: {
      codeInvalid: 'Dieser Kopplungscode funktioniert nicht: Er ist falsch, schon benutzt oder abgelaufen. Bitten Sie den Gastgeber um einen neuen Code.',
      tooManyTries: 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.',
      alreadyPaired: 'Dieses Gerät ist schon mit diesem Hub verbunden. Ein Gastgeber kann es zuerst unter Einstellungen → Geräte entfernen.',
      invalidRequest: 'Der Hub hat die Angaben nicht angenommen. Prüfen Sie den Namen dieses Geräts und versuchen Sie es erneut.',
    },
  },
};

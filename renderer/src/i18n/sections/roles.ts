import type { Section } from '../messageTypes';

/** What a machine is for (host desk, kiosk, wall, room) and choosing it. */
const en = {
  host: 'Host desk',
  kiosk: 'Reception kiosk',
  wall: 'Wall display',
  room: 'Room display',
  hostHelp: 'Manage members, desks, rooms and bookings.',
  kioskHelp: 'Touch screen at the entrance: members check in, guests sign in.',
  wallHelp: 'TV on the wall: who can do what, who is in, open projects.',
  roomHelp: 'Screen beside a meeting-room door.',
  pickTitle: 'What is this machine for?',
  pickHelp: 'Choose once. A host can change it later in the device settings.',
  current: 'This machine is the {{role}}.',
  change: 'Change what this machine is for',
} as const;

export const rolesText: Section<typeof en> = {
  en,
  da: {
    host: 'Værtsskranke',
    kiosk: 'Receptionskiosk',
    wall: 'Vægskærm',
    room: 'Lokaleskærm',
    hostHelp: 'Administrér medlemmer, pladser, lokaler og bookinger.',
    kioskHelp: 'Touchskærm ved indgangen: medlemmer tjekker ind, gæster skriver sig ind.',
    wallHelp: 'Skærm på væggen: hvem kan hvad, hvem er her, åbne projekter.',
    roomHelp: 'Skærm ved døren til et mødelokale.',
    pickTitle: 'Hvad skal denne maskine bruges til?',
    pickHelp: 'Vælg én gang. En vært kan ændre det senere under maskinens indstillinger.',
    current: 'Denne maskine er {{role}}.',
    change: 'Skift hvad maskinen bruges til',
  },
  de: {
    host: 'Host-Schalter',
    kiosk: 'Empfangskiosk',
    wall: 'Wandbildschirm',
    room: 'Raumbildschirm',
    hostHelp: 'Mitglieder, Arbeitsplätze, Räume und Buchungen verwalten.',
    kioskHelp: 'Touchscreen am Eingang: Mitglieder checken ein, Gäste melden sich an.',
    wallHelp: 'Bildschirm an der Wand: wer was kann, wer da ist, offene Projekte.',
    roomHelp: 'Bildschirm neben der Tür eines Besprechungsraums.',
    pickTitle: 'Wofür ist dieses Gerät?',
    pickHelp: 'Einmal wählen. Ein Host kann es später in den Geräteeinstellungen ändern.',
    current: 'Dieses Gerät ist der {{role}}.',
    change: 'Ändern, wofür dieses Gerät ist',
  },
};

import type { Section } from '../messageTypes';

const en = {
  /** The one-line guide the kiosk shows beside the camera preview. */
  hint: 'Hold your member card up to the camera, or scan it at the reader',
  cameraLabel: 'Camera: hold your member card up to it',
  starting: 'Starting the camera…',
  /** Said instead of the preview when the camera cannot be used; the kiosk keeps working without it. */
  problems: {
    noCamera: 'This kiosk has no camera. Scan your card at the reader, or check in with your name.',
    denied: 'This kiosk may not use its camera. Scan your card at the reader, or check in with your name.',
    busy: 'The camera is being used by another program. Scan your card at the reader, or check in with your name.',
    unavailable: 'The camera is not working right now. Scan your card at the reader, or check in with your name.',
  },
  unknownCard: 'We do not know this card. Ask the host for a new one, or check in with your name.',
  notACard: 'That is not a Landhub member card. Try your member card, or check in with your name.',
} as const;

export const scannerText: Section<typeof en> = {
  en,
  da: {
    hint: 'Hold dit medlemskort op foran kameraet, eller scan det ved læseren',
    cameraLabel: 'Kamera: hold dit medlemskort op foran det',
    starting: 'Kameraet starter …',
    problems: {
      noCamera: 'Kiosken har intet kamera. Scan dit kort ved læseren, eller tjek ind med dit navn.',
      denied: 'Kiosken må ikke bruge sit kamera. Scan dit kort ved læseren, eller tjek ind med dit navn.',
      busy: 'Kameraet bruges af et andet program. Scan dit kort ved læseren, eller tjek ind med dit navn.',
      unavailable: 'Kameraet virker ikke lige nu. Scan dit kort ved læseren, eller tjek ind med dit navn.',
    },
    unknownCard: 'Vi kender ikke det her kort. Spørg værten om et nyt, eller tjek ind med dit navn.',
    notACard: 'Det er ikke et medlemskort fra Landhub. Prøv med dit medlemskort, eller tjek ind med dit navn.',
  },
  de: {
    hint: 'Halten Sie Ihren Mitgliedsausweis vor die Kamera oder scannen Sie ihn am Lesegerät',
    cameraLabel: 'Kamera: Halten Sie Ihren Mitgliedsausweis davor',
    starting: 'Die Kamera startet…',
    problems: {
      noCamera: 'Dieser Kiosk hat keine Kamera. Scannen Sie Ihren Ausweis am Lesegerät oder checken Sie mit Ihrem Namen ein.',
      denied: 'Dieser Kiosk darf seine Kamera nicht benutzen. Scannen Sie Ihren Ausweis am Lesegerät oder checken Sie mit Ihrem Namen ein.',
      busy: 'Die Kamera wird gerade von einem anderen Programm benutzt. Scannen Sie Ihren Ausweis am Lesegerät oder checken Sie mit Ihrem Namen ein.',
      unavailable: 'Die Kamera funktioniert gerade nicht. Scannen Sie Ihren Ausweis am Lesegerät oder checken Sie mit Ihrem Namen ein.',
    },
    unknownCard: 'Diesen Ausweis kennen wir nicht. Fragen Sie den Host nach einem neuen oder checken Sie mit Ihrem Namen ein.',
    notACard: 'Das ist kein Landhub-Mitgliedsausweis. Versuchen Sie es mit Ihrem Mitgliedsausweis oder checken Sie mit Ihrem Namen ein.',
  },
};

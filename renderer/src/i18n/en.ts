import { appText } from './sections/app';
import { boardText } from './sections/board';
import { cardsText } from './sections/cards';
import { demoText } from './sections/demo';
import { editorText } from './sections/editor';
import { errorsText } from './sections/errors';
import { kioskText } from './sections/kiosk';
import { languageText } from './sections/language';
import { machineRemovedText } from './sections/machineRemoved';
import { roomDisplayText } from './sections/roomDisplay';
import { memberText } from './sections/member';
import { membersText } from './sections/members';
import { memberImportText } from './sections/memberImport';
import { navText } from './sections/nav';
import { presenceText } from './sections/presence';
import { rolesText } from './sections/roles';
import { scannerText } from './sections/scanner';
import { bookingsText } from './sections/bookings';
import { bookingRulesText } from './sections/bookingRules';
import { bookingExportText } from './sections/bookingExport';
import { reportsText } from './sections/reports';
import { seriesEditText } from './sections/seriesEdit';
import { spacesText } from './sections/spaces';
import { settingsText } from './sections/settings';
import { syncText } from './sections/sync';
import { pinboardText } from './sections/pinboard';
import { projectDetailText } from './sections/projectDetail';
import { wallText } from './sections/wall';
import { wallSettingsText } from './sections/wallSettings';
import type { Widen } from './messageTypes';

/**
 * English interface text, assembled from the sections (sections/<feature>.ts hold each text in
 * all three languages side by side). English defines the keys; Danish and German must provide
 * every one of them (the type checker and i18n.test.ts both refuse a missing key).
 */
export const en = {
  app: appText.en,
  roles: rolesText.en,
  language: languageText.en,
  nav: navText.en,
  board: boardText.en,
  member: memberText.en,
  members: membersText.en,
  memberImport: memberImportText.en,
  editor: editorText.en,
  demo: demoText.en,
  settings: settingsText.en,
  errors: errorsText.en,
  kiosk: kioskText.en,
  scanner: scannerText.en,
  presence: presenceText.en,
  cards: cardsText.en,
  sync: syncText.en,
  machineRemoved: machineRemovedText.en,
  roomDisplay: roomDisplayText.en,
  spaces: spacesText.en,
  bookings: bookingsText.en,
  bookingRules: bookingRulesText.en,
  bookingExport: bookingExportText.en,
  reports: reportsText.en,
  seriesEdit: seriesEditText.en,
  pinboard: pinboardText.en,
  projectDetail: projectDetailText.en,
  wall: wallText.en,
  wallSettings: wallSettingsText.en,
} as const;

/** The shape every language must fill. */
export type Messages = Widen<typeof en>;

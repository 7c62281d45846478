import type { Messages } from './en';
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

/** Deutsch, assembled from the sections. */
export const de: Messages = {
  app: appText.de,
  roles: rolesText.de,
  language: languageText.de,
  nav: navText.de,
  board: boardText.de,
  member: memberText.de,
  members: membersText.de,
  memberImport: memberImportText.de,
  editor: editorText.de,
  demo: demoText.de,
  settings: settingsText.de,
  errors: errorsText.de,
  kiosk: kioskText.de,
  scanner: scannerText.de,
  presence: presenceText.de,
  cards: cardsText.de,
  sync: syncText.de,
  machineRemoved: machineRemovedText.de,
  roomDisplay: roomDisplayText.de,
  spaces: spacesText.de,
  bookings: bookingsText.de,
  bookingRules: bookingRulesText.de,
  bookingExport: bookingExportText.de,
  reports: reportsText.de,
  seriesEdit: seriesEditText.de,
  pinboard: pinboardText.de,
  projectDetail: projectDetailText.de,
  wall: wallText.de,
  wallSettings: wallSettingsText.de,
};

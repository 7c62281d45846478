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

/** Dansk, assembled from the sections. */
export const da: Messages = {
  app: appText.da,
  roles: rolesText.da,
  language: languageText.da,
  nav: navText.da,
  board: boardText.da,
  member: memberText.da,
  members: membersText.da,
  memberImport: memberImportText.da,
  editor: editorText.da,
  demo: demoText.da,
  settings: settingsText.da,
  errors: errorsText.da,
  kiosk: kioskText.da,
  scanner: scannerText.da,
  presence: presenceText.da,
  cards: cardsText.da,
  sync: syncText.da,
  machineRemoved: machineRemovedText.da,
  roomDisplay: roomDisplayText.da,
  spaces: spacesText.da,
  bookings: bookingsText.da,
  bookingRules: bookingRulesText.da,
  bookingExport: bookingExportText.da,
  reports: reportsText.da,
  seriesEdit: seriesEditText.da,
  pinboard: pinboardText.da,
  projectDetail: projectDetailText.da,
  wall: wallText.da,
  wallSettings: wallSettingsText.da,
};

import type { Section } from '../messageTypes';

/** Settings: this machine, the hub, About. */
const en = {
  title: 'Settings',
  deviceTitle: 'This machine',
  roleLabel: 'This machine is a',
  saveRole: 'Use this role',
  roleSaved: 'This machine is now the {{role}}.',
  hubTitle: 'Hub',
  hubName: 'Hub name',
  saveHub: 'Save hub settings',
  hubSaved: 'Hub settings saved.',
  aboutTitle: 'About',
  version: 'Landhub {{version}} ({{shell}})',
  shell: { electron: 'desktop app', browser: 'browser' },
} as const;

export const settingsText: Section<typeof en> = {
  en,
  da: {
    title: 'Indstillinger',
    deviceTitle: 'Denne maskine',
    roleLabel: 'Denne maskine er en',
    saveRole: 'Brug denne rolle',
    roleSaved: 'Denne maskine er nu {{role}}.',
    hubTitle: 'Hub',
    hubName: 'Hubbens navn',
    saveHub: 'Gem hub-indstillinger',
    hubSaved: 'Hub-indstillingerne er gemt.',
    aboutTitle: 'Om',
    version: 'Landhub {{version}} ({{shell}})',
    shell: { electron: 'skrivebordsprogram', browser: 'browser' },
  },
  de: {
    title: 'Einstellungen',
    deviceTitle: 'Dieses Gerät',
    roleLabel: 'Dieses Gerät ist ein',
    saveRole: 'Diese Rolle verwenden',
    roleSaved: 'Dieses Gerät ist jetzt der {{role}}.',
    hubTitle: 'Hub',
    hubName: 'Name des Hubs',
    saveHub: 'Hub-Einstellungen speichern',
    hubSaved: 'Hub-Einstellungen gespeichert.',
    aboutTitle: 'Über',
    version: 'Landhub {{version}} ({{shell}})',
    shell: { electron: 'Desktop-App', browser: 'Browser' },
  },
};

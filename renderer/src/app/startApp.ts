import { uiLanguageFrom, type UiLanguage } from '@core/languages';
import { bridgeTokenVault } from '../bridge/bridgeTokenVault';
import { getBridge } from '../bridge/getBridge';
import { setupFromAddress } from '../bridge/webBridge';
import { openDataContext } from '../data/dataContext';
import { DEFAULT_DATABASE_NAME } from '../data/database';
import { requestPersistentStorage } from '../data/persistentStorage';
import { createSyncService } from '../data/sync/syncService';
import { readSyncSettings } from '../data/sync/syncSettings';
import { initI18n } from '../i18n/i18n';
import { useAppStore } from '../store/appStore';
import { roleAtStart } from './machineRole';
import type { AppServices } from './services';

/** The language of a machine nobody has set up yet: the browser's, if we speak it; else Danish. */
function browserLanguage(): UiLanguage {
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase());
  return uiLanguageFrom(preferred);
}

/**
 * Everything that must be ready before the first screen: the shell, the language, the data.
 * Builds the machine's services once; main.tsx provides them to every screen.
 */
export async function startApp(): Promise<{ services: AppServices; persistence: Awaited<ReturnType<typeof requestPersistentStorage>> }> {
  const bridge = getBridge();
  const vault = bridgeTokenVault(bridge);
  let device = await bridge.invoke('device:getConfig');
  const context = await openDataContext({ databaseName: DEFAULT_DATABASE_NAME, deviceId: device.deviceId });
  const fromAddress = setupFromAddress(window.location.search);
  const paired = await readSyncSettings(context, vault);
  const start = roleAtStart({ kept: device.role, fromAddress: fromAddress.role, paired: paired?.role ?? null });
  if (start.role && start.role !== device.role) device = await bridge.invoke('device:setRole', start.role);
  if (fromAddress.language && fromAddress.language !== device.language) {
    device = await bridge.invoke('device:setLanguage', fromAddress.language);
  }
  const language = device.language ?? browserLanguage();
  const i18n = await initI18n(language);
  document.documentElement.lang = language;
  const [persistence, appInfo] = await Promise.all([
    requestPersistentStorage(),
    bridge.invoke('app:getInfo').catch(() => null),
  ]);
  const store = useAppStore.getState();
  store.deviceChanged(device);
  if (start.addressIgnored && start.role) {
    store.notify({ kind: 'info', text: i18n.t('cards.roleLock.addressIgnored', { role: i18n.t(`roles.${start.role}`) }) });
  }
  // Local-first: the app opens at once; the hub connection follows in the background. Awaited
  // only for reading the settings, so the first screen already knows the machine is paired.
  const sync = createSyncService(context, vault);
  await sync.start();
  return { services: { data: context, bridge, sync, appInfo }, persistence };
}

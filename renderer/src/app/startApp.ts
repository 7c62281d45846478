import type { UiLanguage } from '@core/languages';
import { isUiLanguage } from '@core/languages';
import { bridgeTokenVault } from '../bridge/bridgeTokenVault';
import { getBridge } from '../bridge/getBridge';
import { setupFromAddress } from '../bridge/webBridge';
import { openDataContext, type DataContext } from '../data/dataContext';
import { DEFAULT_DATABASE_NAME } from '../data/database';
import { requestPersistentStorage } from '../data/persistentStorage';
import { startSync } from '../data/sync/syncService';
import { initI18n } from '../i18n/i18n';
import { useAppStore } from '../store/appStore';

/** The language of a machine nobody has set up yet: the browser's, if we speak it; else Danish. */
function browserLanguage(): UiLanguage {
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase());
  return preferred.find(isUiLanguage) ?? 'da';
}

/** Everything that must be ready before the first screen: the shell, the language, the data. */
export async function startApp(): Promise<{ context: DataContext; persistence: Awaited<ReturnType<typeof requestPersistentStorage>> }> {
  const bridge = getBridge();
  let device = await bridge.invoke('device:getConfig');
  const fromAddress = setupFromAddress(window.location.search);
  if (fromAddress.role && fromAddress.role !== device.role) device = await bridge.invoke('device:setRole', fromAddress.role);
  if (fromAddress.language && fromAddress.language !== device.language) {
    device = await bridge.invoke('device:setLanguage', fromAddress.language);
  }
  const language = device.language ?? browserLanguage();
  await initI18n(language);
  document.documentElement.lang = language;
  const context = await openDataContext({ databaseName: DEFAULT_DATABASE_NAME, deviceId: device.deviceId });
  const [persistence, appInfo] = await Promise.all([
    requestPersistentStorage(),
    bridge.invoke('app:getInfo').catch(() => null),
  ]);
  useAppStore.getState().startSession(bridge, device, appInfo);
  // Local-first: the app opens at once; the hub connection follows in the background.
  void startSync(context, bridgeTokenVault(bridge));
  return { context, persistence };
}

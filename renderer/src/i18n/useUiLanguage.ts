import { useTranslation } from 'react-i18next';
import { uiLanguageFrom, type UiLanguage } from '@core/languages';

/** The language on screen. i18next only ever holds one of ours (initI18n's supportedLngs). */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return uiLanguageFrom([i18n.language]);
}

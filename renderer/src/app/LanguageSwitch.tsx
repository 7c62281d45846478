import { useTranslation } from 'react-i18next';
import { uiLanguages } from '@core/languages';
import { useSessionChoices } from './useSessionChoices';

/** Each language is named in itself, so a visitor finds theirs whatever is showing now. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { chooseLanguage } = useSessionChoices();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => {
            void i18n.changeLanguage(language);
            void chooseLanguage(language);
          }}
        >
          {t(`language.${language}`, { lng: language })}
        </button>
      ))}
    </div>
  );
}

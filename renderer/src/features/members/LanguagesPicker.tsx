import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';

/** Languages heard most in the region; names come from the browser in the language on screen. */
const COMMON_LANGUAGES = ['da', 'de', 'en', 'sv', 'nb', 'nl', 'pl', 'uk', 'ru', 'ar', 'fa', 'tr', 'fr', 'es', 'it'] as const;

export function LanguagesPicker({ selected, onChange, consent }: {
  selected: string[];
  onChange: (languages: string[]) => void;
  consent: ReactNode;
}) {
  const { t } = useTranslation();
  const { languageName } = useFormatting();
  const shown = [...new Set([...COMMON_LANGUAGES, ...selected])];
  return (
    <fieldset className="field languages-picker">
      <legend>{t('editor.languages')}</legend>
      {consent}
      <div className="checkbox-grid">
        {shown.map((code) => (
          <label key={code} className="check-field">
            <input
              type="checkbox"
              checked={selected.includes(code)}
              onChange={(event) => { onChange(event.target.checked ? [...selected, code] : selected.filter((other) => other !== code)); }}
            />
            {languageName(code)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

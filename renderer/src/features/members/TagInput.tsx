import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '@core/search/foldText';

/** A list of short phrases: type, press Enter (or Add); suggestions come from a datalist. */
export function TagInput({ label, help, tags, suggestions = [], onChange, consent }: {
  label: string;
  help: string;
  tags: string[];
  suggestions?: readonly string[];
  onChange: (tags: string[]) => void;
  consent?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim();
    if (tag && !tags.some((existing) => foldText(existing) === foldText(tag))) onChange([...tags, tag]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="field tag-input">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        {consent}
      </div>
      {tags.length > 0 && (
        <ul className="chips" aria-label={label}>
          {tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button type="button" className="chip-remove" aria-label={t('editor.removeTag', { tag })} onClick={() => { onChange(tags.filter((existing) => existing !== tag)); }}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-entry">
        <input
          id={id}
          value={text}
          list={suggestions.length > 0 ? `${id}-suggestions` : undefined}
          aria-describedby={`${id}-help`}
          autoComplete="off"
          onChange={(event) => { setText(event.target.value); }}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={add} disabled={text.trim() === ''}>{t('editor.addTag')}</button>
      </div>
      <p className="field-help" id={`${id}-help`}>{help}</p>
      {suggestions.length > 0 && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => <option key={suggestion} value={suggestion} />)}
        </datalist>
      )}
    </div>
  );
}

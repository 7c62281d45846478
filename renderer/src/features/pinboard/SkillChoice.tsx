import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '@core/search/foldText';
import { useFormatting } from '../../app/formatting';

const MAX_MATCHES = 10;

/**
 * Picks skills from the hub's shared vocabulary (the member board's skills), never free text:
 * type a few letters, tap the skill; `suggested` ones (a task's project's skills) are offered
 * before anything is typed. Chosen ones show as chips with a remove button.
 */
export function SkillChoice({ label, help, chosen, names, error, suggested = [], onChange }: {
  label: string;
  help: string;
  chosen: readonly string[];
  names: ReadonlyMap<string, string>;
  error: string | null;
  suggested?: readonly string[];
  onChange: (skillIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const { compareText } = useFormatting();
  const [query, setQuery] = useState('');
  const [inputId, helpId, errorId] = [useId(), useId(), useId()];
  const folded = foldText(query.trim());
  const matches = [...names.entries()]
    .filter(([id, name]) => !chosen.includes(id) && (folded === '' ? suggested.includes(id) : foldText(name).includes(folded)))
    .sort((a, b) => compareText(a[1], b[1]))
    .slice(0, MAX_MATCHES);
  return (
    <div className={`field skill-choice${error ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <p className="field-help" id={helpId}>{help}</p>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={t('pinboard.form.skillsChosen')}>
          {chosen.map((id) => (
            <li key={id} className="chip">
              {names.get(id) ?? id}
              <button type="button" className="chip-remove" aria-label={t('pinboard.form.removeSkill', { name: names.get(id) ?? id })} onClick={() => { onChange(chosen.filter((other) => other !== id)); }}>×</button>
            </li>
          ))}
        </ul>
      )}
      <input id={inputId} type="search" value={query} autoComplete="off" aria-describedby={error ? `${helpId} ${errorId}` : helpId} aria-invalid={Boolean(error)} onChange={(event) => { setQuery(event.target.value); }} />
      {folded !== '' && matches.length === 0 && <p className="muted">{t('pinboard.form.noSkillMatch', { query: query.trim() })}</p>}
      {matches.length > 0 && (
          <ul className="skill-matches" aria-label={t('pinboard.form.skillMatches')}>
            {matches.map(([id, name]) => (
              <li key={id}><button type="button" onClick={() => { onChange([...chosen, id]); setQuery(''); }}>{t('pinboard.form.addSkill', { name })}</button></li>
            ))}
          </ul>
        )}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </div>
  );
}

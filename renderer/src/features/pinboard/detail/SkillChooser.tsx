import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '@core/schemas';
import { useFormatting } from '../../../app/formatting';

/**
 * The skills a task needs, from the shared vocabulary (tags of the member board, never free
 * text): the project's own skills offered first, then every other one.
 */
export function SkillChooser({ label, chosen, projectSkills, allSkills, names, onChange }: {
  label: string;
  chosen: readonly string[];
  projectSkills: readonly string[];
  allSkills: readonly Skill[];
  names: ReadonlyMap<string, string>;
  onChange: (skills: string[]) => void;
}) {
  const { t } = useTranslation();
  const { compareText } = useFormatting();
  const id = useId();
  const [own, other] = useMemo(() => {
    const left = allSkills.filter((skill) => !chosen.includes(skill.id));
    const byName = (a: Skill, b: Skill) => compareText(names.get(a.id) ?? a.id, names.get(b.id) ?? b.id);
    return [left.filter((skill) => projectSkills.includes(skill.id)).sort(byName), left.filter((skill) => !projectSkills.includes(skill.id)).sort(byName)];
  }, [allSkills, chosen, projectSkills, names, compareText]);
  return (
    <div className="field skill-chooser">
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={label}>
          {chosen.map((skill) => (
            <li key={skill} className="chip">
              {names.get(skill) ?? skill}
              <button type="button" className="chip-remove" aria-label={t('projectDetail.tasks.removeSkill', { skill: names.get(skill) ?? skill })} onClick={() => { onChange(chosen.filter((other) => other !== skill)); }}>×</button>
            </li>
          ))}
        </ul>
      )}
      <select id={id} value="" onChange={(event) => { if (event.target.value) onChange([...chosen, event.target.value]); }}>
        <option value="">{t(chosen.length === 0 ? 'projectDetail.tasks.pickSkill' : 'projectDetail.tasks.pickAnotherSkill')}</option>
        {own.length > 0 && <optgroup label={t('projectDetail.tasks.projectSkills')}>{own.map((skill) => <option key={skill.id} value={skill.id}>{names.get(skill.id)}</option>)}</optgroup>}
        {other.length > 0 && <optgroup label={t('projectDetail.tasks.otherSkills')}>{other.map((skill) => <option key={skill.id} value={skill.id}>{names.get(skill.id)}</option>)}</optgroup>}
      </select>
    </div>
  );
}

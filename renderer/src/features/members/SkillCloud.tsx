import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';

const MAX_SKILLS_SHOWN = 40;

/** The hub's skills, sized by how many members offer them; a tap filters the board. */
export function SkillCloud({ counts, names, selected, onSelect }: {
  counts: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect: (skillId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { compareText } = useFormatting();
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_SKILLS_SHOWN);
  if (top.length === 0) return null;
  const most = top[0]?.[1] ?? 1;
  const alphabetical = [...top].sort((a, b) => compareText(names.get(a[0]) ?? '', names.get(b[0]) ?? ''));
  return (
    <aside className="skill-cloud" aria-labelledby="skill-cloud-title">
      <h2 id="skill-cloud-title">{t('board.skillCloud')}</h2>
      <ul>
        {alphabetical.map(([id, count]) => (
          <li key={id}>
            <button
              type="button"
              aria-pressed={selected === id}
              aria-label={t('board.skillCloudEntry', { skill: names.get(id) ?? '', count })}
              style={{ fontSize: `${(0.9 + 0.4 * (count / most)).toFixed(2)}rem` }}
              onClick={() => { onSelect(selected === id ? null : id); }}
            >
              {names.get(id)} <span className="count" aria-hidden="true">{count}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

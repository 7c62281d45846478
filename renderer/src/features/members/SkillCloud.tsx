import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';

const MAX_SKILLS_SHOWN = 40;
/** A word this long ("Ehrenamtskoordination") fills the cloud's width at the largest size; it stays at the base size. */
const LONG_WORD_LETTERS = 16;

/** Bigger for skills more members offer, but never so big that one word is wider than the cloud. */
function fontSize(name: string, count: number, most: number): string {
  const longest = Math.max(0, ...name.split(/[\s-]+/).map((word) => word.length));
  const scale = longest > LONG_WORD_LETTERS ? 0 : count / most;
  return `${(0.9 + 0.4 * scale).toFixed(2)}rem`;
}

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
              style={{ fontSize: fontSize(names.get(id) ?? '', count, most) }}
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

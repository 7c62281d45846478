import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import type { PinboardFilter } from './pinboardFilter';

/** In the order a project goes through them: done comes last. */
const stages = ['open', 'idea', 'gathering', 'running', 'paused', 'done'] as const satisfies readonly (ProjectStatus | 'open')[];

/** Stage as buttons (one tap at the kiosk), tag and needed skill as lists of what the board holds. */
export function PinboardFilters({ filter, tags, skillIds, skillNames, onChange }: {
  filter: PinboardFilter;
  tags: readonly string[];
  skillIds: readonly string[];
  skillNames: ReadonlyMap<string, string>;
  onChange: (filter: PinboardFilter) => void;
}) {
  const { t } = useTranslation();
  const { compareText } = useFormatting();
  const [tagId, skillId] = [useId(), useId()];
  const sortedSkills = [...skillIds].sort((a, b) => compareText(skillNames.get(a) ?? '', skillNames.get(b) ?? ''));
  return (
    <div className="pinboard-filters">
      <div role="group" aria-label={t('pinboard.filterStage')} className="stage-filter">
        {stages.map((stage) => (
          <button key={stage} type="button" aria-pressed={filter.stage === stage} onClick={() => { onChange({ ...filter, stage }); }}>
            {t(stage === 'open' ? 'pinboard.filterOpen' : `pinboard.stage.${stage}`)}
          </button>
        ))}
      </div>
      <div className="pinboard-selects">
        <div className="field">
          <label htmlFor={tagId}>{t('pinboard.filterTag')}</label>
          <select id={tagId} value={filter.tag ?? ''} onChange={(event) => { onChange({ ...filter, tag: event.target.value || null }); }}>
            <option value="">{t('pinboard.anyTag')}</option>
            {[...tags].sort(compareText).map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={skillId}>{t('pinboard.filterSkill')}</label>
          <select id={skillId} value={filter.skillId ?? ''} onChange={(event) => { onChange({ ...filter, skillId: event.target.value || null }); }}>
            <option value="">{t('pinboard.anySkill')}</option>
            {sortedSkills.map((id) => <option key={id} value={id}>{skillNames.get(id) ?? id}</option>)}
          </select>
        </div>
      </div>
    </div>
  );
}

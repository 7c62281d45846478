import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import { BoardCount } from './BoardCount';
import { BoardEmptyState } from './BoardEmptyState';
import { MemberEditorDialog } from './MemberEditorDialog';
import { MemberResults } from './MemberResults';
import { SkillCloud } from './SkillCloud';
import { useMemberBoard } from './useMemberBoard';
import { useSkillNames } from './useSkillNames';

/** "Who can do what": the host desk's search and browse of members by what they can do. */
export function MemberBoard() {
  const { t } = useTranslation();
  const { number, compareText } = useFormatting();
  const board = useMemberBoard();
  const skillNames = useSkillNames(board.skills);
  const [editingId, setEditingId] = useState<string | null>(null);
  const searchId = useId();
  const skillSelectId = useId();
  const filtered = board.query.trim() !== '' || board.skillId !== null || board.inTodayOnly;
  const sortedSkills = [...board.skillCounts.keys()].sort((a, b) => compareText(skillNames.get(a) ?? '', skillNames.get(b) ?? ''));

  return (
    <section className="board" aria-labelledby="board-title">
      <div className="board-heading">
        <h1 id="board-title">{t('board.title')}</h1>
      </div>
      <div className="board-controls">
        <div className="field search-field">
          <label htmlFor={searchId}>{t('board.searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={board.query}
            placeholder={t('board.searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => { board.setQuery(event.target.value); }}
          />
        </div>
        <div className="field">
          <label htmlFor={skillSelectId}>{t('board.skillFilter')}</label>
          <select id={skillSelectId} value={board.skillId ?? ''} onChange={(event) => { board.setSkillId(event.target.value || null); }}>
            <option value="">{t('board.anySkill')}</option>
            {sortedSkills.map((id) => <option key={id} value={id}>{skillNames.get(id)}</option>)}
          </select>
        </div>
        <label className="check-field">
          <input type="checkbox" checked={board.inTodayOnly} onChange={(event) => { board.setInTodayOnly(event.target.checked); }} />
          {t('board.inTodayFilter')} ({number(board.inToday.size)})
        </label>
        {filtered && <button type="button" className="link-button" onClick={board.clearFilters}>{t('board.clearFilters')}</button>}
      </div>
      <div className="board-body">
        <SkillCloud counts={board.skillCounts} names={skillNames} selected={board.skillId} onSelect={board.setSkillId} />
        <div className={board.loading ? 'board-results board-results-reading' : 'board-results'}>
          <BoardCount status={board.status} count={board.resultIds.length} searching={filtered} />
          <BoardEmptyState
            board={{ loading: board.loading, boardMembers: board.totalMembers, results: board.resultIds.length }}
            noMatchLabel={board.query.trim() || skillNames.get(board.skillId ?? '') || t('board.inTodayFilter')}
            onClearFilters={board.clearFilters}
          />
          <MemberResults
            ids={board.resultIds}
            viewOf={board.viewOf}
            skillNames={skillNames}
            inToday={board.inToday}
            onEdit={setEditingId}
          />
        </div>
      </div>
      {editingId && <MemberEditorDialog memberId={editingId} onClose={() => { setEditingId(null); }} />}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';
import { useAppStore } from '../../store/appStore';
import { LoadDemoButton } from '../demo/LoadDemoButton';
import type { BoardFacts } from './boardEmptyReason';
import { useBoardEmptyReason } from './useBoardEmptyReason';

/** What the board shows in place of cards; the actions sit beside the sentence that names them. */
export function BoardEmptyState({ board, noMatchLabel, onClearFilters }: {
  board: Pick<BoardFacts, 'loading' | 'boardMembers' | 'results'>;
  /** What the search and filters asked for, in words: the query, else the skill, else "In today". */
  noMatchLabel: string;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation();
  const goTo = useAppStore((state) => state.goTo);
  const { reason, demo } = useBoardEmptyReason(board);
  switch (reason) {
    case null:
      return null;
    case 'noMatch':
      return (
        <EmptyState heading title={t('board.noResults', { query: noMatchLabel })} help={t('board.noResultsHelp')}>
          <div className="empty-actions">
            <button type="button" onClick={onClearFilters}>{t('board.showAll')}</button>
          </div>
        </EmptyState>
      );
    case 'downloading':
      return <EmptyState heading title={t('board.downloading')} />;
    case 'hostEmpty':
      return (
        <EmptyState heading title={t('board.emptyHub')} help={t('board.emptyHubHost')}>
          <div className="empty-actions">
            <button type="button" className="primary" onClick={() => { goTo('members'); }}>{t('members.add')}</button>
            {demo.available && <LoadDemoButton demo={demo} />}
          </div>
        </EmptyState>
      );
    case 'hostOnlyInactive':
      return (
        <EmptyState heading title={t('board.onlyInactive')} help={t('board.onlyInactiveHelp')}>
          <div className="empty-actions">
            <button type="button" onClick={() => { goTo('members'); }}>{t('board.openMembers')}</button>
          </div>
        </EmptyState>
      );
  }
}

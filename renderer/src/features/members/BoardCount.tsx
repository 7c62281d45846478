import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import type { BoardStatus } from './useMemberBoard';

/**
 * The board's count, and only a true one: "142,456 members" once every member is read;
 * until then that the list is still being read, how far, and what the cards below are.
 * The live region announces the change of state, not every step of the progress bar.
 */
export function BoardCount({ status, count, searching }: { status: BoardStatus; count: number; searching: boolean }) {
  const { t } = useTranslation();
  const { number } = useFormatting();
  if (status.kind === 'failed') {
    return <p className="result-count" role="alert">{t('errors.unknown', { message: status.message })}</p>;
  }
  if (status.kind === 'ready') {
    return <p className="result-count" aria-live="polite">{t('board.resultCount', { count })}</p>;
  }
  const { read, total, firstShown } = status;
  return (
    <div className="board-reading">
      <p className="result-count" aria-live="polite">{t('board.reading')}</p>
      <div className="board-reading-progress">
        {/* Without a total yet the bar only says that something is happening. */}
        {total > 0
          ? <progress max={total} value={read} aria-label={t('board.readingLabel')} />
          : <progress aria-label={t('board.readingLabel')} />}
        {total > 0 && <span>{t('board.readingProgress', { read: number(read), total: number(total) })}</span>}
      </div>
      {searching && <p className="muted">{t('board.readingSearch')}</p>}
      {!searching && firstShown > 0 && <p className="muted">{t('board.readingFirst', { count: firstShown })}</p>}
    </div>
  );
}

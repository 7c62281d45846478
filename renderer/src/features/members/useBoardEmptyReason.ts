import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { useLoadDemo } from '../demo/useLoadDemo';
import { boardEmptyReason, type BoardFacts } from './boardEmptyReason';

/** Why the board is empty, from what the board knows and what this machine knows of itself. */
export function useBoardEmptyReason(board: Pick<BoardFacts, 'loading' | 'boardMembers' | 'results'>) {
  const demo = useLoadDemo();
  const status = useSyncStatus();
  const reason = boardEmptyReason({
    ...board,
    holdsNoMember: demo.holdsNoMember,
    downloading: status.initialSync !== null,
  });
  return { reason, demo };
}

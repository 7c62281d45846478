import { useTranslation } from 'react-i18next';
import type { CommentKind } from '@core/schemas';
import { useDataContext } from '../../../app/services';
import { addComment, counterProposalCard, setCommentHelpful, type CommentAuthor } from '../../../data/projects/feedbackRepo';
import type { CommentRow } from '../../../data/projects/pinboardQueries';
import { useRunOutcome } from './useRunOutcome';

/** What a host desk does with feedback; each action says how it went, and a gone project or comment in words. */
export function useFeedbackActions(projectId: string) {
  const context = useDataContext();
  const { t } = useTranslation();
  const run = useRunOutcome();
  const gone = { kind: 'error', text: t('projectDetail.feedback.gone') } as const;
  return {
    /** Resolves false when nothing was saved, so the form keeps what was typed. */
    add: (kind: CommentKind, body: string, author: CommentAuthor, parentId: string | null) =>
      run(() => addComment(context, { projectId, kind, body, author, parentId }), (outcome) =>
        outcome.kind === 'gone' ? gone : { kind: 'success', text: t(parentId === null ? 'projectDetail.feedback.added' : 'projectDetail.feedback.replied') }),
    setHelpful: (comment: CommentRow, helpful: boolean) =>
      run(() => setCommentHelpful(context, comment.id, helpful), (outcome) =>
        outcome.kind === 'gone' ? gone : { kind: 'success', text: t(helpful ? 'projectDetail.feedback.markedHelpful' : 'projectDetail.feedback.unmarkedHelpful') }),
    makeCard: (comment: CommentRow) =>
      run(() => counterProposalCard(context, comment.id), (outcome) =>
        outcome.kind === 'gone' ? gone : { kind: 'success', text: t('projectDetail.feedback.cardMade', { title: outcome.title }) }),
  };
}

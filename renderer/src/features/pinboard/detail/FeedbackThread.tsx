import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackThread as Thread } from '@core/projects/feedback';
import { useFormatting } from '../../../app/formatting';
import type { CommentRow, ProjectRow } from '../../../data/projects/pinboardQueries';
import { FeedbackForm } from './FeedbackForm';
import type { PersonNames } from './usePersonNames';

const HELPFUL_MARK = '★ ';
const CARD_MARK = '→ ';

export interface ThreadPermissions {
  write: boolean;
  markHelpful: boolean;
  makeCard: boolean;
}

function Said({ comment, names }: { comment: CommentRow; names: PersonNames }) {
  const { t } = useTranslation();
  const format = useFormatting();
  // A public machine is not sent a citizen's name.
  const written: string | undefined = comment.authorName;
  const who = written ? names.shown(written) : t('projectDetail.feedback.aLocalResident');
  return (
    <>
      <p className="comment-body">{comment.body}</p>
      <p className="comment-meta muted">{t('projectDetail.feedback.saidBy', { name: who, when: format.dateTime(comment.createdAt) })}</p>
      {comment.helpful === true && <p className="helpful-mark"><span aria-hidden="true">{HELPFUL_MARK}</span>{t('projectDetail.feedback.helpful')}</p>}
    </>
  );
}

/** One comment with its replies; a host desk replies, marks it helpful, or makes a concern its own card. */
export function FeedbackThread({ thread, projectId, card, names, may, actions }: {
  thread: Thread<CommentRow>;
  projectId: string;
  /** The card this comment became, when it did: it says where it went instead of offering to make one. */
  card: ProjectRow | undefined;
  names: PersonNames;
  may: ThreadPermissions;
  actions: { setHelpful: (comment: CommentRow, helpful: boolean) => Promise<boolean>; makeCard: (comment: CommentRow) => Promise<boolean> };
}) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const { comment, replies } = thread;
  const helpful = comment.helpful === true;
  return (
    <li className={helpful ? 'feedback-thread is-helpful' : 'feedback-thread'}>
      <Said comment={comment} names={names} />
      {card && <p className="card-made"><span aria-hidden="true">{CARD_MARK}</span>{t('projectDetail.feedback.becameCard', { title: card.title })}</p>}
      {replies.length > 0 && (
        <ul className="feedback-replies" aria-label={t('projectDetail.feedback.replies', { count: replies.length })}>
          {replies.map((reply) => <li key={reply.id}><Said comment={reply} names={names} /></li>)}
        </ul>
      )}
      {(may.write || may.markHelpful || may.makeCard) && !replying && (
        <div className="row-actions">
          {may.write && <button type="button" onClick={() => { setReplying(true); }}>{t('projectDetail.feedback.reply')}</button>}
          {may.markHelpful && (
            <button type="button" onClick={() => { void actions.setHelpful(comment, !helpful); }}>
              {t(helpful ? 'projectDetail.feedback.unmarkHelpful' : 'projectDetail.feedback.markHelpful')}
            </button>
          )}
          {may.makeCard && !card && <button type="button" onClick={() => { void actions.makeCard(comment); }}>{t('projectDetail.feedback.makeCard')}</button>}
        </div>
      )}
      {replying && <FeedbackForm projectId={projectId} parent={comment} onClose={() => { setReplying(false); }} />}
    </li>
  );
}

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackColumns, type FeedbackThread as Thread } from '@core/projects/feedback';
import { cardMadeOf } from '../../../data/projects/feedbackRepo';
import type { CommentRow } from '../../../data/projects/pinboardQueries';
import type { DetailSectionProps } from './detailSection';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackThread, type ThreadPermissions } from './FeedbackThread';
import { mayMakeCard, mayMarkHelpful, mayWriteFeedback } from './sectionAccess';
import { useFeedbackActions } from './useFeedbackActions';
import { usePersonNames } from './usePersonNames';
import './projectDetail.css';

const COLUMNS = [
  { key: 'for', title: 'projectDetail.feedback.for', empty: 'projectDetail.feedback.noIdeas', icon: '+' },
  { key: 'against', title: 'projectDetail.feedback.against', empty: 'projectDetail.feedback.noConcerns', icon: '−' },
  { key: 'questions', title: 'projectDetail.feedback.questions', empty: 'projectDetail.feedback.noQuestions', icon: '?' },
] as const;

/**
 * Input and counter-input: ideas to add, concerns and questions side by side, never mixed,
 * each thread with its replies. The kiosk shows them read-only (it may not write comments).
 */
export function FeedbackSection({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { project, comments } = detail;
  const columns = useMemo(() => feedbackColumns(comments), [comments]);
  const names = usePersonNames(actor, []);
  const actions = useFeedbackActions(project.id);
  const write = mayWriteFeedback(actor);
  const may = (column: 'for' | 'against' | 'questions'): ThreadPermissions => ({
    write,
    markHelpful: mayMarkHelpful(actor, project),
    makeCard: column === 'against' && mayMakeCard(actor),
  });
  return (
    <section className="detail-section feedback-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('projectDetail.feedback.title')}</h2>
      <p className="muted">{t(write ? 'projectDetail.feedback.intro' : 'projectDetail.feedback.introReadOnly')}</p>
      <div className="feedback-columns">
        {COLUMNS.map((column) => {
          const threads: Thread<CommentRow>[] = columns[column.key];
          return (
            <section key={column.key} className={`feedback-column feedback-${column.key}`} aria-label={t(column.title)}>
              <h3><span className="column-icon" aria-hidden="true">{column.icon}</span> {t(column.title)} <span className="count">({threads.length})</span></h3>
              {threads.length === 0
                ? <p className="muted">{t(column.empty)}</p>
                : (
                  <ul className="feedback-threads">
                    {threads.map((thread) => <FeedbackThread key={thread.comment.id} thread={thread} projectId={project.id} card={cardMadeOf(thread.comment, detail.linked)} names={names} may={may(column.key)} actions={actions} />)}
                  </ul>
                )}
            </section>
          );
        })}
      </div>
      {write && <FeedbackForm projectId={project.id} />}
    </section>
  );
}

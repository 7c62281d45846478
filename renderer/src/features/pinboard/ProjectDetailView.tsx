import { useTranslation } from 'react-i18next';
import { useProjectDetail } from '../../data/projects/pinboardQueries';
import { EmptyState } from '../../app/EmptyState';
import type { PinboardActor } from './actor';
import { FeedbackSection } from './detail/FeedbackSection';
import { HelpersSection } from './detail/HelpersSection';
import { HistorySection } from './detail/HistorySection';
import { HoursSection } from './detail/HoursSection';
import { TasksSection } from './detail/TasksSection';
import { GroupSection } from './GroupSection';
import { HelpOffersSection } from './HelpOffersSection';
import { ProjectHead } from './ProjectHead';

/** One project whole: its head, who is in, feedback, tasks, hours, helpers and history. */
export function ProjectDetailView({ id, actor, skillNames, titles, mergeTargets, onOpen, onBack }: {
  id: string;
  actor: PinboardActor;
  skillNames: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  mergeTargets: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const detail = useProjectDetail(id);
  const back = <button type="button" className="project-back" onClick={onBack}><span aria-hidden="true">‹ </span>{t('pinboard.back')}</button>;
  if (detail === undefined) return <section className="project-detail">{back}<p role="status">{t('pinboard.reading')}</p></section>;
  if (detail === null) {
    return (
      <section className="project-detail" aria-labelledby="project-gone">
        {back}
        <h1 id="project-gone" className="visually-hidden">{t('pinboard.title')}</h1>
        <EmptyState title={t('pinboard.goneTitle')} help={t('pinboard.goneHelp')} />
      </section>
    );
  }
  return (
    <article className="project-detail" aria-labelledby="project-title">
      {back}
      <ProjectHead detail={detail} actor={actor} skillNames={skillNames} titles={titles} mergeTargets={mergeTargets} onOpen={onOpen} />
      {actor.kind === 'host' && <HelpOffersSection projectId={detail.project.id} />}
      <GroupSection detail={detail} actor={actor} />
      <FeedbackSection detail={detail} actor={actor} />
      <TasksSection detail={detail} actor={actor} />
      <HoursSection detail={detail} actor={actor} />
      <HelpersSection detail={detail} actor={actor} />
      <HistorySection detail={detail} actor={actor} />
    </article>
  );
}

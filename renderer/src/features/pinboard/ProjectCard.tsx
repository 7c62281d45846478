import { useTranslation } from 'react-i18next';
import type { PinboardCard } from '../../data/projects/pinboardQueries';
import { PeopleMeter } from './PeopleMeter';
import { StageBadge } from './StageBadge';

/**
 * One card on the pinboard: photo, title, stage, the skills it asks for, how many are in, open
 * tasks and the next step. The title is the button that opens the project; the card grows with
 * its content and never spills over the next one (the grid's rows take the tallest card).
 */
export function ProjectCard({ card, skillNames, nextStep, onOpen }: {
  card: PinboardCard;
  skillNames: ReadonlyMap<string, string>;
  nextStep: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { project, progress } = card;
  const skills = project.wantedSkills.flatMap((id) => skillNames.get(id) ?? []);
  return (
    <article className={`project-card${project.public ? '' : ' project-card-members'}`} aria-labelledby={`project-${project.id}`}>
      {project.photo && <img className="project-card-photo" src={project.photo} alt="" />}
      <div className="project-card-top">
        <StageBadge project={project} />
        {!project.public && <span className="badge badge-members">{t('pinboard.membersOnly')}</span>}
      </div>
      <h2 id={`project-${project.id}`} className="project-card-title">
        <button type="button" className="link-button" onClick={() => { onOpen(project.id); }}>{project.title}</button>
      </h2>
      {project.pitch && <p className="project-card-pitch">{project.pitch}</p>}
      {project.place && <p className="muted project-card-place">{project.place}</p>}
      {skills.length > 0 && (
        <div className="project-card-skills">
          <span className="visually-hidden">{t('pinboard.asksFor')}</span>
          <ul className="chips">{skills.map((name) => <li key={name} className="chip">{name}</li>)}</ul>
        </div>
      )}
      <PeopleMeter people={progress.people} needed={project.needsPeople} />
      {progress.openTasks > 0 && <p className="project-card-tasks">{t('pinboard.openTasks', { count: progress.openTasks })}</p>}
      <p className="project-card-next"><span aria-hidden="true">→ </span>{nextStep}</p>
    </article>
  );
}

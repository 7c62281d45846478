import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMember } from '../../data/liveQueries';
import type { ProjectDetail } from '../../data/projects/pinboardQueries';
import { managesProject, type PinboardActor } from './actor';
import { PeopleMeter } from './PeopleMeter';
import { ProjectExportButtons } from './export/ProjectExportButtons';
import { ProjectFormDialog } from './ProjectFormDialog';
import { StageBadge } from './StageBadge';
import { StageControls } from './StageControls';
import { useNextStepText } from './useNextStepText';

/** The top of a project: what it is, where, who owns it, the meter, its next step, and (for its managers) edit and stage. */
export function ProjectHead({ detail, actor, skillNames, titles, mergeTargets, onOpen }: {
  detail: ProjectDetail;
  actor: PinboardActor;
  skillNames: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  /** Projects a duplicate may be merged into: not done, not merged themselves. */
  mergeTargets: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { project, progress, next, linked } = detail;
  const owner = useMember(project.ownerMemberId);
  const nextStepText = useNextStepText();
  const [editing, setEditing] = useState(false);
  const skills = project.wantedSkills.flatMap((id) => skillNames.get(id) ?? []);
  return (
    <header className="project-head">
      <div className="project-head-text">
        <div className="project-card-top">
          <StageBadge project={project} />
          {!project.public && <span className="badge badge-members">{t('pinboard.membersOnly')}</span>}
        </div>
        <h1 id="project-title">{project.title}</h1>
        {project.pitch && <p className="project-pitch">{project.pitch}</p>}
        <p className="muted">
          {[project.place, owner ? t('pinboard.ownedBy', { name: owner.name }) : null].filter(Boolean).join(' · ')}
        </p>
        <p className="project-next" role="note"><strong>{t('pinboard.nextStep')}</strong> {nextStepText(next, (id) => titles.get(id))}</p>
        {project.summary && <p className="project-summary">{project.summary}</p>}
        {skills.length > 0 && (
          <div><h2 className="project-subhead">{t('pinboard.asksFor')}</h2><ul className="chips">{skills.map((name) => <li key={name} className="chip">{name}</li>)}</ul></div>
        )}
        {project.tags.length > 0 && <ul className="chips project-tags" aria-label={t('pinboard.tags')}>{project.tags.map((tag) => <li key={tag} className="chip chip-tag">#{tag}</li>)}</ul>}
        <PeopleMeter people={progress.people} needed={project.needsPeople} />
        {linked.length > 0 && (
          <ul className="project-links" aria-label={t('pinboard.linked')}>
            {linked.map((other) => (
              <li key={other.id}>
                {t(other.id === project.continuedIn ? 'pinboard.linkContinuedIn' : other.id === project.counterTo ? 'pinboard.linkCounterTo' : 'pinboard.linkCounteredBy')}{' '}
                <button type="button" className="link-button" onClick={() => { onOpen(other.id); }}>{other.title}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {project.photo && <img className="project-photo" src={project.photo} alt="" />}
      {managesProject(actor, project) && actor.kind === 'host' && (
        <div className="project-manage">
          <button type="button" onClick={() => { setEditing(true); }}>{t('pinboard.edit')}</button>
          <ProjectExportButtons detail={detail} skillNames={skillNames} />
          <StageControls detail={detail} actor={actor} mergeTargets={mergeTargets} />
        </div>
      )}
      {editing && <ProjectFormDialog project={project} {...(owner ? { ownerName: owner.name } : {})} onClose={() => { setEditing(false); }} />}
    </header>
  );
}

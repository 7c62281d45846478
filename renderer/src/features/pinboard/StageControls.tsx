import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageChangeProblem } from '@core/projects/stages';
import { projectStatuses, type ProjectStatus } from '@core/schemas';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import type { ProjectDetail } from '../../data/projects/pinboardQueries';
import type { PinboardActor } from './actor';
import { usePinboardActions } from './usePinboardActions';

/**
 * Moving a project to another stage (closing one that was not carried out asks why), and
 * merging a duplicate into the project it continues in, after a confirmation.
 */
export function StageControls({ detail, actor, mergeTargets }: { detail: ProjectDetail; actor: PinboardActor; mergeTargets: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const actions = usePinboardActions(actor);
  const { project } = detail;
  const [stageId, reasonId] = [useId(), useId()];
  const [to, setTo] = useState<ProjectStatus | ''>('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  if (project.continuedIn !== null) return null;
  const needsReason = to !== '' && stageChangeProblem(project, { to, closedReason: '' }) === 'reasonRequired';

  const move = async () => {
    if (to === '') return;
    if (needsReason && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const outcome = await actions.changeStage(project.id, { to, closedReason: reason });
    if (outcome?.kind === 'saved') {
      setTo('');
      setReason('');
      setReasonMissing(false);
    }
  };

  return (
    <div className="stage-controls">
      <div className="field">
        <label htmlFor={stageId}>{t('pinboard.moveTo')}</label>
        <div className="inline-row">
          <select id={stageId} value={to} onChange={(event) => { setTo(event.target.value as ProjectStatus | ''); setReasonMissing(false); }}>
            <option value="">{t('pinboard.chooseStage')}</option>
            {projectStatuses.filter((stage) => stage !== project.status).map((stage) => <option key={stage} value={stage}>{t(`pinboard.stage.${stage}`)}</option>)}
          </select>
          <button type="button" disabled={to === ''} onClick={() => { void move(); }}>{t('pinboard.move')}</button>
        </div>
      </div>
      {needsReason && (
        <div className={`field${reasonMissing ? ' field-invalid' : ''}`}>
          <label htmlFor={reasonId}>{t('pinboard.closedReason')}</label>
          <input id={reasonId} value={reason} maxLength={300} aria-invalid={reasonMissing} aria-describedby={reasonMissing ? `${reasonId}-error` : undefined} onChange={(event) => { setReason(event.target.value); }} />
          {reasonMissing && <p className="field-error" id={`${reasonId}-error`}>{t('pinboard.stageRefused.reasonRequired')}</p>}
        </div>
      )}
      <MergeControl detail={detail} actor={actor} targets={mergeTargets} />
    </div>
  );
}

/** Merging a duplicate idea into another project, after a confirmation (core/projects/merge.ts). */
function MergeControl({ detail, actor, targets }: { detail: ProjectDetail; actor: PinboardActor; targets: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const actions = usePinboardActions(actor);
  const { project } = detail;
  const mergeId = useId();
  const [into, setInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const others = [...targets.entries()].filter(([id]) => id !== project.id);
  if (others.length === 0) return null;
  return (
    <>
      <div className="field">
        <label htmlFor={mergeId}>{t('pinboard.mergeInto')}</label>
        <div className="inline-row">
          <select id={mergeId} value={into} onChange={(event) => { setInto(event.target.value); }}>
            <option value="">{t('pinboard.chooseProject')}</option>
            {others.map(([id, title]) => <option key={id} value={id}>{title}</option>)}
          </select>
          <button type="button" disabled={into === ''} onClick={() => { setConfirming(true); }}>{t('pinboard.merge')}</button>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('pinboard.mergeConfirmTitle')}
          body={t('pinboard.mergeConfirmBody', { from: project.title, into: targets.get(into) ?? '' })}
          confirmLabel={t('pinboard.merge')}
          cancelLabel={t('pinboard.form.cancel')}
          onCancel={() => { setConfirming(false); }}
          onConfirm={() => { setConfirming(false); void actions.merge(project.id, into, targets.get(into) ?? ''); }}
        />
      )}
    </>
  );
}

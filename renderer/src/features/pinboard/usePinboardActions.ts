import { useTranslation } from 'react-i18next';
import type { Person } from '@core/projects/membership';
import type { StageChange } from '@core/projects/stages';
import { useDataContext } from '../../app/services';
import { useReportError } from '../../app/useActionFeedback';
import { addCitizen, type CitizenDraft } from '../../data/projects/citizenRepo';
import { setGroupRole, type GroupRole } from '../../data/projects/groupRepo';
import { changeStage, editProject, mergeProject, pinProject, type ProjectDraft } from '../../data/projects/projectRepo';
import { useAppStore } from '../../store/appStore';
import { actingMemberId, type PinboardActor } from './actor';

/**
 * What the pinboard's head does: pin and edit a project, change its stage, merge it, and who is
 * in it. Each resolves with whether it was done; a notice says how it went in the reader's words.
 */
export function usePinboardActions(actor: PinboardActor) {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  const { t } = useTranslation();
  const by = actingMemberId(actor);

  /** Runs a write; `gone` and refusals are said as notices, a thrown error as the error it is. */
  async function run<T extends { kind: string }>(write: () => Promise<T>, said: (outcome: T) => string | null): Promise<T | null> {
    try {
      const outcome = await write();
      if (outcome.kind === 'gone') notify({ kind: 'error', text: t('pinboard.gone') });
      else {
        const text = said(outcome);
        if (text !== null) notify({ kind: outcome.kind === 'refused' ? 'error' : 'success', text });
      }
      return outcome;
    } catch (error) {
      reportError(error);
      return null;
    }
  }

  return {
    addCitizen: (draft: CitizenDraft) => run(() => addCitizen(context, draft), () => t('pinboard.citizen.added', { name: draft.name.trim() })),
    pin: (draft: ProjectDraft) => run(() => pinProject(context, draft), () => t('pinboard.pinned', { title: draft.title })),
    edit: (id: string, draft: ProjectDraft) => run(() => editProject(context, id, draft, by), () => t('pinboard.saved', { title: draft.title })),
    changeStage: (id: string, change: StageChange) => run(() => changeStage(context, id, change, by), (outcome) => (
      outcome.kind === 'refused' ? t(`pinboard.stageRefused.${outcome.problem}`) : t('pinboard.stageChanged', { stage: t(`pinboard.stage.${change.to}`) })
    )),
    merge: (fromId: string, intoId: string, intoTitle: string) => run(() => mergeProject(context, fromId, intoId, by), (outcome) => (
      outcome.kind === 'refused' ? t(`pinboard.mergeRefused.${outcome.problem}`) : t('pinboard.merged', { title: intoTitle })
    )),
    setRole: (projectId: string, person: Person, role: GroupRole | null, name: string, undo?: () => void) => run(
      () => setGroupRole(context, projectId, person, role),
      () => {
        const text = t(role === null ? 'pinboard.group.left' : `pinboard.group.now.${role}`, { name });
        if (undo) notify({ kind: 'success', text, undo });
        return undo ? null : text;
      },
    ),
  };
}

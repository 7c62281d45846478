import { useTranslation } from 'react-i18next';
import type { FloorPlan, PlanPosition, Zone } from '@core/schemas';
import type { PlanPlace } from '@core/spaces/planStatus';
import { useReportError } from '../../../app/useActionFeedback';
import { useDataContext } from '../../../app/services';
import { placeOnPlan, setFloorPlan } from '../../../data/spacesRepo';
import { useAppStore } from '../../../store/appStore';
import { readPlanImage, PlanImageError } from './planImage';

export const placeNameOf = (place: PlanPlace) => (place.kind === 'desk' ? place.row.code : place.row.name);

/** Loading and removing a floor's plan and placing desks and rooms on it, each told as a notice; removing the image offers undo. */
export function usePlanActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  const { t } = useTranslation();

  const gone = () => { notify({ kind: 'error', text: t('spaces.gone') }); };

  const writePlan = async (floor: Zone, plan: FloorPlan | null, text: string, undo?: () => void): Promise<boolean> => {
    try {
      const outcome = await setFloorPlan(context, floor.id, plan);
      if (outcome.kind === 'gone') {
        gone();
        return false;
      }
      notify({ kind: 'success', text, ...(undo ? { undo } : {}) });
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  /** Reads the picked file into a plan and saves it; a file that cannot be used is refused in plain words. */
  const upload = async (floor: Zone, file: File): Promise<boolean> => {
    let plan: FloorPlan;
    try {
      plan = await readPlanImage(file);
    } catch (error) {
      if (error instanceof PlanImageError) notify({ kind: 'error', text: t(`spaces.plan.errors.${error.problem}`) });
      else reportError(error);
      return false;
    }
    return writePlan(floor, plan, t('spaces.plan.savedNotice', { floor: floor.name }));
  };

  const removeImage = async (floor: Zone): Promise<boolean> => {
    const previous = floor.plan ?? null;
    return writePlan(floor, null, t('spaces.plan.removedNotice', { floor: floor.name }), previous
      ? () => { void writePlan(floor, previous, t('spaces.plan.savedNotice', { floor: floor.name })); }
      : undefined);
  };

  const place = async (target: PlanPlace, position: PlanPosition | null): Promise<boolean> => {
    try {
      const outcome = await placeOnPlan(context, target.kind, target.row.id, position);
      if (outcome.kind === 'gone') {
        gone();
        return false;
      }
      const before = target.row.planPosition ?? null;
      if (position === null) {
        notify({
          kind: 'success',
          text: t('spaces.plan.removedFromPlan', { name: placeNameOf(target) }),
          ...(before ? { undo: () => { void place(target, before); } } : {}),
        });
      }
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  return { upload, removeImage, place };
}

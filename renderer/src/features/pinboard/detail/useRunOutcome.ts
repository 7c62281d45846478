import { useCallback } from 'react';
import { useReportError } from '../../../app/useActionFeedback';
import { useAppStore } from '../../../store/appStore';
import type { Notice } from '../../../store/uiSlice';

/**
 * Runs a repository write and says how it went: `say` turns its outcome (saved, gone, already
 * taken...) into the notice to show; a failure to save is reported as an error. Resolves true
 * when the notice is a success, so a form closes only when its work was saved.
 */
export function useRunOutcome(): <R>(write: () => Promise<R>, say: (outcome: R) => Omit<Notice, 'id'>) => Promise<boolean> {
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  return useCallback(async <R,>(write: () => Promise<R>, say: (outcome: R) => Omit<Notice, 'id'>) => {
    try {
      const notice = say(await write());
      notify(notice);
      return notice.kind === 'success';
    } catch (error) {
      reportError(error);
      return false;
    }
  }, [notify, reportError]);
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageError } from '../data/storageErrors';
import { SyncError } from '../data/sync/syncTypes';
import { useAppStore } from '../store/appStore';

/**
 * Any error as a sentence a host can act on: storage problems by their translated key, hub
 * problems in the hub's own words, anything else with its message behind "Something went wrong".
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => {
    if (error instanceof StorageError) return t(`errors.${error.key}`);
    if (error instanceof SyncError) return error.message;
    return t('errors.unknown', { message: error instanceof Error ? error.message : String(error) });
  }, [t]);
}

/** Shows an error as a notice that stays until dismissed. */
export function useReportError(): (error: unknown) => void {
  const errorText = useErrorText();
  const notify = useAppStore((state) => state.notify);
  return useCallback((error: unknown) => { notify({ kind: 'error', text: errorText(error) }); }, [notify, errorText]);
}

/**
 * Runs a write and reports how it went: a success notice, or the error. Resolves false when
 * nothing was saved, so a form can stay open with what was typed.
 */
export function useAttempt(): (write: () => Promise<unknown>, doneText: string) => Promise<boolean> {
  const reportError = useReportError();
  const notify = useAppStore((state) => state.notify);
  return useCallback(async (write: () => Promise<unknown>, doneText: string) => {
    try {
      await write();
      notify({ kind: 'success', text: doneText });
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  }, [notify, reportError]);
}

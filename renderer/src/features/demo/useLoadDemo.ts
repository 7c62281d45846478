import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateDemoHub } from '@core/demo/demoHub';
import { useDataContext } from '../../app/services';
import { loadDemoHub, useHoldsNoMember } from '../../data/demoRepo';
import { StorageError } from '../../data/storageErrors';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { useAppStore } from '../../store/appStore';

export interface DemoLoader {
  /** This machine holds no member at all, inactive ones included (undefined while reading). */
  holdsNoMember: boolean | undefined;
  /** Whether a host screen should offer the demo now. */
  available: boolean;
  loading: boolean;
  load: () => Promise<void>;
}

/**
 * "Load demo hub": the same seeded hub every time, so a host's walk-through matches the guide.
 * One loader for every host screen that offers it (Members admin, the empty board).
 */
export function useLoadDemo(): DemoLoader {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();
  const holdsNoMember = useHoldsNoMember();
  // A machine still downloading the hub's members looks empty but is not: no demo on top of them.
  const downloading = useSyncStatus().initialSync !== null;
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    try {
      const count = await loadDemoHub(context, generateDemoHub({ now: context.now() }));
      notify({ kind: 'success', text: t('demo.loaded', { count }) });
    } catch (error) {
      const text = error instanceof StorageError && error.key === 'invalidInput'
        ? t('demo.onlyWhenEmpty')
        : error instanceof StorageError ? t(`errors.${error.key}`) : t('errors.unknown', { message: String(error) });
      notify({ kind: 'error', text });
    } finally {
      setLoading(false);
    }
  };
  return { holdsNoMember, available: holdsNoMember === true && !downloading, loading, load };
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateDemoHub } from '@core/demo/demoHub';
import { useDataContext } from '../../app/services';
import { loadDemoHub } from '../../data/demoRepo';
import { StorageError } from '../../data/storageErrors';
import { useAppStore } from '../../store/appStore';

/** "Load demo hub": the same seeded hub every time, so a host's walk-through matches the guide. */
export function useLoadDemo() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();
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
  return { loading, load };
}

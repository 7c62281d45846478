import { useTranslation } from 'react-i18next';
import type { DemoLoader } from './useLoadDemo';

/** The "Load demo hub" button alone, for whichever screen offers the demo in its own words. */
export function LoadDemoButton({ demo }: { demo: DemoLoader }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={() => { void demo.load(); }} disabled={demo.loading} aria-busy={demo.loading}>
      {demo.loading ? t('demo.loading') : t('demo.load')}
    </button>
  );
}

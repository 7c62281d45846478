import { useTranslation } from 'react-i18next';
import type { DemoLoader } from './useLoadDemo';

/** The "Load demo hub" button alone, for whichever screen offers the demo in its own words. */
export function LoadDemoButton({ demo, primary = false }: { demo: DemoLoader; primary?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={primary ? 'primary' : undefined} onClick={() => { void demo.load(); }} disabled={demo.loading} aria-busy={demo.loading}>
      {demo.loading ? t('demo.loading') : t('demo.load')}
    </button>
  );
}

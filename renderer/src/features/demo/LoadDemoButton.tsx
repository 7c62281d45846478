import { useTranslation } from 'react-i18next';
import { useLoadDemo } from './useLoadDemo';

export function LoadDemoButton() {
  const { t } = useTranslation();
  const { loading, load } = useLoadDemo();
  return (
    <div className="demo-offer">
      <button type="button" onClick={() => { void load(); }} disabled={loading} aria-busy={loading}>
        {loading ? t('demo.loading') : t('demo.load')}
      </button>
      <p className="muted">{t('demo.help')}</p>
    </div>
  );
}

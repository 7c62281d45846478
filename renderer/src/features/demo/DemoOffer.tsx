import { useTranslation } from 'react-i18next';
import { LoadDemoButton } from './LoadDemoButton';
import type { DemoLoader } from './useLoadDemo';

/** Members admin's demo offer: the button with a sentence on what the demo puts in the hub. */
export function DemoOffer({ demo }: { demo: DemoLoader }) {
  const { t } = useTranslation();
  return (
    <div className="demo-offer">
      <LoadDemoButton demo={demo} />
      <p className="muted">{t('demo.help')}</p>
    </div>
  );
}

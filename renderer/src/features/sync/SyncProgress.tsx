import { useTranslation } from 'react-i18next';

/** How far a new machine has come downloading the hub's data; the text is not a live region. */
export function SyncProgress({ value, max }: { value: number; max: number }) {
  const { t } = useTranslation();
  const text = t('sync.indicator.initialSync', { received: value, total: max });
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="sync-progress">
      <span className="sync-progress-text">{text}</span>
      <div
        className="sync-progress-track"
        role="progressbar"
        aria-label={t('sync.indicator.initialSyncLabel')}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="sync-progress-bar" style={{ width: `${String(percent)}%` }} />
      </div>
    </div>
  );
}

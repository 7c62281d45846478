import { useTranslation } from 'react-i18next';
import { normalizeHubUrl } from '@core/hubAddress';
import { useHubDiscovery, type Discovery } from './useHubDiscovery';
import './desktopHub.css';

/**
 * Desktop only: finds hubs announcing themselves on the local network, so nobody has to copy
 * an address by hand. Choosing one fills in the hub address field.
 */
export function HubFinder({ chosenUrl, onChoose }: { chosenUrl: string; onChoose: (url: string) => void }) {
  const { t } = useTranslation();
  const { discovery, search } = useHubDiscovery();
  const searching = discovery.name === 'searching';
  const chosen = normalizeHubUrl(chosenUrl);
  return (
    <div className="hub-finder">
      <button type="button" onClick={() => { void search(); }} disabled={searching} aria-busy={searching}>
        {searching && <span className="spinner" aria-hidden="true" />}
        {searching ? t('sync.finder.searching') : t('sync.finder.find')}
      </button>
      <div aria-live="polite">
        <FinderSummary discovery={discovery} />
      </div>
      {discovery.name === 'done' && discovery.hubs.length > 0 && (
        <ul className="hub-finder-list" aria-label={t('sync.finder.listLabel')}>
          {discovery.hubs.map((hub) => (
            <li key={hub.url}>
              <button type="button" aria-pressed={chosen === hub.url} onClick={() => { onChoose(hub.url); }}>
                <strong>{hub.name}</strong>
                <span className="muted">{hub.version && t('sync.finder.version', { version: hub.version })}</span>
                <span className="hub-finder-url">{hub.url}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FinderSummary({ discovery }: { discovery: Discovery }) {
  const { t } = useTranslation();
  switch (discovery.name) {
    case 'idle':
      return null;
    // The button says so too, but a changed button label is not announced.
    case 'searching':
      return <p className="visually-hidden">{t('sync.finder.searching')}</p>;
    case 'failed':
      return <p className="form-error">{t('sync.finder.failed', { message: discovery.message })}</p>;
    case 'done':
      return discovery.hubs.length === 0
        ? <p>{t('sync.finder.none')}</p>
        : <p className="muted">{t('sync.finder.found', { count: discovery.hubs.length })}</p>;
  }
}

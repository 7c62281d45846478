import { useTranslation } from 'react-i18next';
import { useAllPendingHelpOffers } from '../../data/helpOfferQueries';

/** On the host's pinboard: which projects have offers to help waiting, each a tap from its project. */
export function WaitingOffers({ titles, onOpen }: { titles: ReadonlyMap<string, string>; onOpen: (projectId: string) => void }) {
  const { t } = useTranslation();
  const offers = useAllPendingHelpOffers();
  if (!offers || offers.length === 0) return null;
  const byProject = new Map<string, number>();
  for (const offer of offers) byProject.set(offer.projectId, (byProject.get(offer.projectId) ?? 0) + 1);
  return (
    <section className="waiting-offers" aria-labelledby="waiting-offers-title">
      <h2 id="waiting-offers-title">{t('pinboard.offers.title', { count: offers.length })}</h2>
      <ul className="inline-row">
        {[...byProject].map(([projectId, count]) => (
          <li key={projectId}>
            <button type="button" onClick={() => { onOpen(projectId); }}>{t('pinboard.offers.openProject', { title: titles.get(projectId) ?? t('pinboard.offers.aProject'), count })}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

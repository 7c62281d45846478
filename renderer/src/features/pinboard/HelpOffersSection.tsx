import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpOffer } from '@core/schemas';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useFormatting } from '../../app/formatting';
import { usePendingHelpOffers } from '../../data/helpOfferQueries';
import { useHelpOfferActions } from './useHelpOfferActions';

/**
 * Offers to help sent from the project's public page (the wall's QR code), waiting for a host:
 * who, how to reach them, what they wrote. Approving makes them a helper (a local citizen with
 * the consent they gave on the page); declining asks first and erases what they sent.
 */
export function HelpOffersSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const offers = usePendingHelpOffers(projectId);
  const actions = useHelpOfferActions();
  const [declining, setDeclining] = useState<HelpOffer | null>(null);
  if (!offers || offers.length === 0) return null;
  return (
    <section className="project-section help-offers" aria-labelledby="help-offers-title">
      <h2 id="help-offers-title">{t('pinboard.offers.title', { count: offers.length })}</h2>
      <p className="muted">{t('pinboard.offers.intro')}</p>
      <ul className="help-offer-list">
        {offers.map((offer) => (
          <li key={offer.id}>
            <p><strong>{offer.name}</strong> · {offer.contact} · <span className="muted">{format.relative(offer.createdAt)}</span></p>
            {offer.message && <p className="help-offer-message">{offer.message}</p>}
            <p className="muted">{t('pinboard.offers.language', { language: format.languageName(offer.language) })}</p>
            <div className="inline-row">
              <button type="button" className="primary" onClick={() => { void actions.approve(offer); }}>{t('pinboard.offers.approve')}</button>
              <button type="button" onClick={() => { void actions.handled(offer); }}>{t('pinboard.offers.handled')}</button>
              <button type="button" onClick={() => { setDeclining(offer); }}>{t('pinboard.offers.decline')}</button>
            </div>
          </li>
        ))}
      </ul>
      {declining && (
        <ConfirmDialog
          title={t('pinboard.offers.declineTitle', { name: declining.name })}
          body={t('pinboard.offers.declineBody')}
          confirmLabel={t('pinboard.offers.decline')}
          cancelLabel={t('pinboard.form.cancel')}
          onCancel={() => { setDeclining(null); }}
          onConfirm={() => { const offer = declining; setDeclining(null); void actions.decline(offer); }}
        />
      )}
    </section>
  );
}

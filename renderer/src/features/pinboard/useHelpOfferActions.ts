import { useTranslation } from 'react-i18next';
import type { HelpOffer } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { approveHelpOffer, declineHelpOffer, markHelpOfferHandled } from '../../data/helpOfferRepo';
import { useRunOutcome } from './detail/useRunOutcome';

/** A host answers an offer to help sent from the project's public page: in as a helper, no thanks, or dealt with otherwise. */
export function useHelpOfferActions() {
  const context = useDataContext();
  const run = useRunOutcome();
  const { t } = useTranslation();
  const gone = { kind: 'error', text: t('pinboard.offers.gone') } as const;
  return {
    approve: (offer: HelpOffer) => run(() => approveHelpOffer(context, offer.id), (outcome) => (
      outcome.kind === 'gone' ? gone : { kind: 'success', text: t('pinboard.offers.approved', { name: offer.name }) }
    )),
    decline: (offer: HelpOffer) => run(() => declineHelpOffer(context, offer.id), (outcome) => (
      outcome.kind === 'gone' ? gone : { kind: 'success', text: t('pinboard.offers.declined', { name: offer.name }) }
    )),
    handled: (offer: HelpOffer) => run(() => markHelpOfferHandled(context, offer.id), (outcome) => (
      outcome.kind === 'gone' ? gone : { kind: 'success', text: t('pinboard.offers.markedHandled', { name: offer.name }) }
    )),
  };
}

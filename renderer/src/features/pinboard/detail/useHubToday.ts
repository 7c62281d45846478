import { zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { useDataContext } from '../../../app/services';
import { useHubTimeZone } from '../../../data/liveQueries';

/** The hub's today ("YYYY-MM-DD"), in the hub's time zone whatever this machine's clock says. */
export function useHubToday(): LocalDate {
  const { now } = useDataContext();
  return zonedDateOf(now(), useHubTimeZone());
}

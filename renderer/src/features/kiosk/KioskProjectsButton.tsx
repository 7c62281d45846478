import { useTranslation } from 'react-i18next';
import { usePinboard } from '../../data/projects/pinboardQueries';
import { matchesFilter, openFilter } from '../pinboard/pinboardFilter';

/** "Projects that need help (4)" on the confirmation; absent while the hub has none to show. */
export function KioskProjectsButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const cards = usePinboard();
  const open = (cards ?? []).filter((card) => matchesFilter(card, { ...openFilter, publicOnly: true })).length;
  if (open === 0) return null;
  return <button type="button" className="kiosk-projects-open" onClick={onOpen}>{t('kiosk.projects.open', { count: open })}</button>;
}

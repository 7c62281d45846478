import { useTranslation } from 'react-i18next';

/** "3 of 5 people are in", drawn as a bar and said in words; without a target, the count alone. */
export function PeopleMeter({ people, needed }: { people: number; needed: number | null }) {
  const { t } = useTranslation();
  if (needed === null) return <p className="people-count">{t('pinboard.peopleIn', { count: people })}</p>;
  // More than asked for is good news, not "4 of 3".
  const text = t(people >= needed ? 'pinboard.peopleEnough' : 'pinboard.peopleOf', { count: people, needed });
  return (
    <div className="people-meter">
      <meter min={0} max={needed} value={Math.min(people, needed)} aria-label={text} />
      <span aria-hidden="true">{text}</span>
    </div>
  );
}

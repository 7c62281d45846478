import { useTranslation } from 'react-i18next';
import type { Member } from '@core/schemas';
import { MemberAvatar } from '../members/MemberAvatar';
import { useFormatting } from '../../app/formatting';
import type { HereRow, LeftRow } from './useTodayScreen';
import { EmptyState } from '../../app/EmptyState';

/** Members in now, each with a check-out button, and below them who has already left today. */
export function WhoIsHere({ here, left, onCheckOut, onStartCheckIn }: {
  here: readonly HereRow[];
  left: readonly LeftRow[];
  onCheckOut: (member: Member) => void;
  onStartCheckIn: () => void;
}) {
  const { t } = useTranslation();
  const { timeOfDay: time } = useFormatting();
  return (
    <section className="card today-panel" aria-labelledby="here-title">
      <div className="section-heading">
        <h2 id="here-title">{t('presence.hereTitle')}</h2>
        <span className="muted">{t('presence.hereCount', { count: here.length })}</span>
        <button type="button" className="primary" onClick={onStartCheckIn}>{t('presence.checkInAction')}</button>
      </div>
      {here.length === 0 ? (
        left.length === 0
          ? <EmptyState title={t('presence.nobodyIn')} help={t('presence.nobodyInHelp')} />
          : <EmptyState title={t('presence.nobodyInNow')} help={t('presence.nobodyInNowHelp', { count: left.length })} />
      ) : (
        <ul className="today-list" aria-label={t('presence.hereList')}>
          {here.map(({ member, since, deskCode }) => (
            <li key={member.id} className="today-row">
              <MemberAvatar name={member.name} photo={member.photo} />
              <div className="today-row-text">
                <strong>{member.name}</strong>
                <span className="muted">
                  {t('presence.since', { time: time(since) })}
                  {deskCode && <span className="today-desk">{t('presence.desk', { desk: deskCode })}</span>}
                </span>
              </div>
              <button type="button" aria-label={t('presence.checkOutMember', { name: member.name })} onClick={() => { onCheckOut(member); }}>
                {t('presence.checkOut')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {left.length > 0 && (
        <>
          <h3>{t('presence.leftTitle')}</h3>
          <ul className="today-left" aria-label={t('presence.leftList')}>
            {left.map(({ member, firstIn, lastOut }) => (
              <li key={member.id}>
                <span>{member.name}</span>
                <span className="muted">{t('presence.inOut', { in: time(firstIn), out: time(lastOut) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

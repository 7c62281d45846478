import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { Dialog } from '../../app/Dialog';
import { useFormatting } from '../../app/formatting';
import { useHubTimeZone, useMember, useMemberAwayPlan } from '../../data/liveQueries';
import { FormField } from '../members/FormField';
import { MemberPicker } from '../members/MemberPicker';

const LISTED = 6;

/** "Cancel a member's bookings for some days": who, from, to, what will go, then one confirm (with undo after). */
export function MemberAwayDialog({ today, placeName, onConfirm, onClose }: {
  today: LocalDate;
  placeName: (resourceId: string) => string;
  onConfirm: (memberId: string, memberName: string, from: LocalDate, to: LocalDate) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const timeZone = useHubTimeZone();
  const [memberId, setMemberId] = useState<string | null>(null);
  const chosen = useMember(memberId);
  const member = memberId && chosen ? { id: memberId, name: chosen.name } : null;
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  const plan = useMemberAwayPlan(memberId, from, to);
  const rangeWrong = from > to;
  const count = plan ? plan.bookings.length + plan.seriesDates.length : 0;
  const lines = plan ? [...plan.bookings, ...plan.seriesDates.map((found) => found.booking)].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) : [];
  const title = t('bookings.away.title');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!member || rangeWrong || count === 0) return;
    setBusy(true);
    const done = await onConfirm(member.id, member.name, from, to);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog booking-dialog">
      <h2>{title}</h2>
      <form className="booking-form" noValidate onSubmit={(event) => { void submit(event); }}>
        <p className="field-help">{t('bookings.away.help')}</p>
        <MemberPicker label={t('bookings.fieldMember')} memberId={memberId} memberName={chosen?.name} onChange={setMemberId} />
        <div className="booking-form-row">
          <FormField label={t('bookings.away.from')} error={null} required>
            {(props) => <input {...props} type="date" value={from} onChange={(event) => { setFrom(event.target.value); }} />}
          </FormField>
          <FormField label={t('bookings.away.to')} error={rangeWrong ? t('bookings.away.toBeforeFrom') : null} required>
            {(props) => <input {...props} type="date" value={to} onChange={(event) => { setTo(event.target.value); }} />}
          </FormField>
        </div>
        <div className="booking-series-plan" role="status">
          {plan && count === 0 && <p>{t('bookings.away.nothing')}</p>}
          {plan && count > 0 && (
            <>
              <p>{t('bookings.away.willCancel', { count })}</p>
              <ul>
                {lines.slice(0, LISTED).map((booking) => (
                  <li key={booking.id}>{t('bookings.away.line', {
                    day: format.localDate(zonedDateOf(new Date(booking.startsAt), timeZone)), from: format.timeOfDay(booking.startsAt), to: format.timeOfDay(booking.endsAt), place: placeName(booking.resourceId),
                  })}</li>
                ))}
                {lines.length > LISTED && <li>{t('bookings.away.more', { count: lines.length - LISTED })}</li>}
              </ul>
            </>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('bookings.close')}</button>
          <button type="submit" className="danger" disabled={busy || !member || rangeWrong || count === 0}>{t('bookings.away.confirm', { count })}</button>
        </div>
      </form>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { isOpenToKiosk } from '@core/projects/kioskWrites';
import { membershipId } from '@core/projects/membership';
import { projectOutcome } from '@core/projects/stages';
import type { DetailSectionProps } from './detail/detailSection';
import { AddToGroup } from './AddToGroup';
import { useGroupPeople, type GroupPerson } from './useGroupPeople';
import { usePinboardActions } from './usePinboardActions';

/**
 * Who is in a project and who follows it. A member at the kiosk says "I'm in", "Follow" or
 * leaves; a host adds members and local citizens and changes or removes anyone, with undo.
 */
export function GroupSection({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const actions = usePinboardActions(actor);
  const people = useGroupPeople(detail.memberships, actor);
  const { project } = detail;
  // The kiosk's member joins only where the hub lets a kiosk write; a host while the project still goes.
  const open = actor.kind === 'member' ? isOpenToKiosk(project) : projectOutcome(project) === 'open' || projectOutcome(project) === 'paused';
  const setRole = (entry: GroupPerson, role: GroupPerson['role'] | null) => {
    const before = entry.role;
    const name = entry.name ?? t('pinboard.group.someone');
    void actions.setRole(project.id, entry.person, role, name, () => { void actions.setRole(project.id, entry.person, before, name); });
  };
  return (
    <section className="project-section" aria-labelledby="group-title">
      <h2 id="group-title">{t('pinboard.group.title')}</h2>
      {actor.kind === 'member' && open && <OwnRole detail={detail} actor={actor} />}
      {people.length === 0 ? <p className="muted">{t('pinboard.group.nobody')}</p> : (
        <ul className="group-list">
          {people.map((entry) => (
            <li key={entry.membershipId}>
              <span className="group-name">{entry.name ?? t('pinboard.group.someone')}</span>
              <span className={`group-role role-${entry.role}`}>{t(`pinboard.group.role.${entry.role}`)}</span>
              {actor.kind === 'host' && (
                <span className="group-actions">
                  {entry.role !== 'lead' && <button type="button" onClick={() => { setRole(entry, entry.role === 'helper' ? 'follower' : 'helper'); }}>{t(entry.role === 'helper' ? 'pinboard.group.makeFollower' : 'pinboard.group.makeHelper', { name: entry.name ?? '' })}</button>}
                  <button type="button" onClick={() => { setRole(entry, null); }} aria-label={t('pinboard.group.removeLabel', { name: entry.name ?? '' })}>{t('pinboard.group.remove')}</button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {actor.kind === 'host' && open && <AddToGroup detail={detail} actor={actor} />}
    </section>
  );
}

/** The checked-in member's own buttons: "I'm in", "Follow", or leave. */
function OwnRole({ detail, actor }: DetailSectionProps & { actor: { kind: 'member'; memberId: string; name: string } }) {
  const { t } = useTranslation();
  const actions = usePinboardActions(actor);
  const person = { memberId: actor.memberId, citizenId: null };
  const mine = detail.memberships.find((row) => row.id === membershipId(detail.project.id, person));
  const set = (role: 'helper' | 'follower' | null) => { void actions.setRole(detail.project.id, person, role, actor.name); };
  if (mine?.role === 'lead') return <p className="own-role">{t('pinboard.group.youLead')}</p>;
  return (
    <div className="own-role" role="group" aria-label={t('pinboard.group.yourPart')}>
      <button type="button" className={mine?.role === 'helper' ? '' : 'primary'} aria-pressed={mine?.role === 'helper'} onClick={() => { set('helper'); }}>{t('pinboard.group.imIn')}</button>
      <button type="button" aria-pressed={mine?.role === 'follower'} onClick={() => { set('follower'); }}>{t('pinboard.group.follow')}</button>
      {mine && <button type="button" onClick={() => { set(null); }}>{t('pinboard.group.leave')}</button>}
    </div>
  );
}

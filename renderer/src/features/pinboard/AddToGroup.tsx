import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMember } from '../../data/liveQueries';
import type { DetailSectionProps } from './detail/detailSection';
import { CitizenForm } from './CitizenForm';
import { usePinboardActions } from './usePinboardActions';
import { MemberPicker } from '../members/MemberPicker';

const JOIN_ROLES = ['helper', 'follower'] as const;
type JoinRole = (typeof JOIN_ROLES)[number];

/** A host adds a member, or a local citizen who is not one, as a helper or a follower. */
export function AddToGroup({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const actions = usePinboardActions(actor);
  const [memberId, setMemberId] = useState<string | null>(null);
  const member = useMember(memberId);
  const [role, setRole] = useState<JoinRole>('helper');
  const [addingCitizen, setAddingCitizen] = useState(false);
  const name = useId();
  const add = async () => {
    if (memberId === null) return;
    const outcome = await actions.setRole(detail.project.id, { memberId, citizenId: null }, role, member?.name ?? '');
    if (outcome?.kind === 'saved') setMemberId(null);
  };
  return (
    <div className="add-to-group">
      <h3>{t('pinboard.group.addTitle')}</h3>
      <MemberPicker label={t('pinboard.group.member')} memberId={memberId} memberName={member?.name} onChange={setMemberId} />
      <fieldset className="field inline-radios">
        <legend>{t('pinboard.group.as')}</legend>
        {JOIN_ROLES.map((each) => (
          <label key={each} className="radio-field"><input type="radio" name={name} checked={role === each} onChange={() => { setRole(each); }} />{t(`pinboard.group.role.${each}`)}</label>
        ))}
      </fieldset>
      <div className="inline-row">
        <button type="button" className="primary" disabled={memberId === null} onClick={() => { void add(); }}>{t('pinboard.group.add')}</button>
        <button type="button" aria-expanded={addingCitizen} onClick={() => { setAddingCitizen((shown) => !shown); }}>{t('pinboard.citizen.addButton')}</button>
      </div>
      {addingCitizen && (
        <CitizenForm
          onDone={() => { setAddingCitizen(false); }}
          onAdded={(citizenId, citizenName) => { void actions.setRole(detail.project.id, { memberId: null, citizenId }, role, citizenName); }}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '@core/projects/membership';
import { PersonPicker } from './PersonPicker';
import type { PickedPerson } from './personSearch';

/** The owner or a host gives a task to a member or a citizen, or back to nobody. */
export function TaskAssign({ taken, onAssign, onClose }: {
  taken: boolean;
  onAssign: (person: Person | null, name: string | null) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [person] = people;
  const assign = async (to: PickedPerson | null) => {
    const saved = await onAssign(to && (to.memberId !== null ? { memberId: to.memberId, citizenId: null } : { memberId: null, citizenId: to.citizenId }), to?.name ?? null);
    if (saved) onClose();
  };
  return (
    <div className="task-assign">
      <PersonPicker label={t('projectDetail.tasks.assignTo')} people={people} multiple={false} onChange={setPeople} />
      <div className="row-actions">
        <button type="button" className="primary" disabled={!person} onClick={() => { if (person) void assign(person); }}>
          {person ? t('projectDetail.tasks.giveTo', { name: person.name }) : t('projectDetail.tasks.giveToSomeone')}
        </button>
        {taken && <button type="button" onClick={() => { void assign(null); }}>{t('projectDetail.tasks.makeOpen')}</button>}
        <button type="button" onClick={onClose}>{t('projectDetail.cancel')}</button>
      </div>
    </div>
  );
}

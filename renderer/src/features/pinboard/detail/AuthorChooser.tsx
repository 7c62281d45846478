import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizens } from '../../../data/projects/pinboardQueries';
import { MemberPicker } from '../../members/MemberPicker';
import type { AuthorChoice } from './feedbackDraft';

/** Who said it, on a host desk: the hub itself, a member (picked by name), or a registered citizen. */
export function AuthorChooser({ choice, memberName, onChange, error }: {
  choice: AuthorChoice;
  memberName: string | undefined;
  onChange: (choice: AuthorChoice) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const citizens = useCitizens() ?? [];
  const name = useId();
  const citizenSelect = useId();
  const errorId = useId();
  const options: [AuthorChoice['kind'], AuthorChoice][] = [
    ['hub', { kind: 'hub' }],
    ['member', { kind: 'member', memberId: null }],
    ['citizen', { kind: 'citizen', citizenId: null }],
  ];
  return (
    <fieldset className="author-chooser" aria-describedby={error ? errorId : undefined}>
      <legend>{t('projectDetail.feedback.whoSaid')}</legend>
      <div className="radio-row">
        {options.map(([kind, initial]) => (
          <label key={kind} className="radio-field">
            <input type="radio" name={name} checked={choice.kind === kind} onChange={() => { onChange(initial); }} />
            <span>{t(`projectDetail.feedback.author.${kind}`)}</span>
          </label>
        ))}
      </div>
      {choice.kind === 'member' && (
        <MemberPicker label={t('projectDetail.feedback.author.whichMember')} memberId={choice.memberId} memberName={memberName} onChange={(memberId) => { onChange({ kind: 'member', memberId }); }} />
      )}
      {choice.kind === 'citizen' && (citizens.length === 0
        ? <p className="muted">{t('projectDetail.feedback.author.noCitizens')}</p>
        : (
          <div className="field">
            <label htmlFor={citizenSelect}>{t('projectDetail.feedback.author.whichCitizen')}</label>
            <select id={citizenSelect} value={choice.citizenId ?? ''} onChange={(event) => { onChange({ kind: 'citizen', citizenId: event.target.value || null }); }}>
              <option value="">{t('projectDetail.feedback.author.pickCitizen')}</option>
              {citizens.map((citizen) => <option key={citizen.id} value={citizen.id}>{citizen.name}</option>)}
            </select>
          </div>
        ))}
      {error && <p id={errorId} className="field-error">{error}</p>}
    </fieldset>
  );
}

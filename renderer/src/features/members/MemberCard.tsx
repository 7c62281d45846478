import { useTranslation } from 'react-i18next';
import type { PublicMember } from '@core/memberPrivacy';
import { useFormatting } from '../../app/formatting';
import { MemberAvatar } from './MemberAvatar';

/** One member as a card. It renders whatever view it is given; the privacy cut is made before. */
export function MemberCard({ member, skillNames, isIn, onEdit }: {
  member: PublicMember;
  skillNames: ReadonlyMap<string, string>;
  isIn: boolean;
  onEdit: ((id: string) => void) | null;
}) {
  const { t } = useTranslation();
  const { date, languageName } = useFormatting();
  // A skill whose name has not been read yet (or was deleted) would be an empty chip.
  const skills = member.skills.filter((id) => skillNames.has(id));
  return (
    <article className="member-card" aria-labelledby={`member-${member.id}`}>
      <header>
        <MemberAvatar name={member.name} photo={member.photo} />
        <div>
          <h2 id={`member-${member.id}`} className="member-name">{member.name}</h2>
          {member.company && <p className="member-company">{member.company}</p>}
          {isIn && <span className="badge badge-in">{t('member.inToday')}</span>}
        </div>
      </header>
      {skills.length > 0 && (
        <ul className="chips" aria-label={t('member.skills')}>
          {skills.map((id) => <li key={id} className="chip">{skillNames.get(id)}</li>)}
        </ul>
      )}
      {member.offers.length > 0 && (
        <div className="member-list">
          <h3>{t('member.offers')}</h3>
          <ul>{member.offers.map((offer) => <li key={offer}>{offer}</li>)}</ul>
        </div>
      )}
      {member.needs.length > 0 && (
        <div className="member-list">
          <h3>{t('member.needs')}</h3>
          <ul>{member.needs.map((need) => <li key={need}>{need}</li>)}</ul>
        </div>
      )}
      {member.bio && <p className="member-bio">{member.bio}</p>}
      {member.languages.length > 0 && (
        <p className="member-languages">{t('member.languages')}: {member.languages.map(languageName).join(', ')}</p>
      )}
      {(member.email || member.phone) && (
        <p className="member-contact">
          {member.email && <a href={`mailto:${member.email}`}>{member.email}</a>}
          {member.email && member.phone && ' · '}
          {member.phone && <a href={`tel:${member.phone.replace(/\s+/g, '')}`}>{member.phone}</a>}
        </p>
      )}
      <footer>
        {member.plan && <span className="muted">{t(`member.plan.${member.plan}`)}</span>}
        {member.memberSince && <span className="muted">{t('member.memberSince', { date: date(member.memberSince) })}</span>}
        {onEdit && (
          <button type="button" onClick={() => { onEdit(member.id); }}>{t('member.edit', { name: member.name })}</button>
        )}
      </footer>
    </article>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../../app/formatting';
import { useSkills } from '../../../data/liveQueries';
import { MemberAvatar } from '../../members/MemberAvatar';
import { useSkillNames } from '../../members/useSkillNames';
import type { DetailSectionProps } from './detailSection';
import { mayFindHelpers } from './sectionAccess';
import { useHelperActions } from './useHelperActions';
import type { HelperRow } from './helperRows';
import { useHelperList } from './useHelperList';
import './projectDetail.css';

const FIRST_HELPERS = 10;
const IN_MARK = '● ';

function HelperItem({ row, skillNames, onAdd }: { row: HelperRow; skillNames: ReadonlyMap<string, string>; onAdd: () => void }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { helper, member } = row;
  return (
    <li className="helper-item">
      <MemberAvatar name={member.name} photo={member.photo} />
      <div className="helper-facts">
        <h3>{member.name}</h3>
        <ul className="chips" aria-label={t('projectDetail.helpers.offers')}>{helper.matched.map((skill) => <li key={skill} className="chip">{skillNames.get(skill) ?? skill}</li>)}</ul>
        <p>
          {helper.inToday && <span className="badge badge-in"><span aria-hidden="true">{IN_MARK}</span>{t('projectDetail.helpers.inToday')}</span>}{' '}
          <span className="muted">{helper.pledgeLeft === null ? t('projectDetail.helpers.noPledge') : t('projectDetail.helpers.pledgeLeft', { hours: format.hours(helper.pledgeLeft) })}</span>
        </p>
      </div>
      <button type="button" aria-label={t('projectDetail.helpers.addNamed', { name: member.name })} onClick={onAdd}>{t('projectDetail.helpers.add')}</button>
    </li>
  );
}

/**
 * "Find helpers" on a host desk: the members who offer the skills the project needs, ranked by
 * skills matched, whether they are in today and their pledge left this month; a host adds one
 * to the group as a helper. Never at the kiosk: it reads members' full records.
 */
export function HelpersSection({ detail, actor }: DetailSectionProps) {
  return mayFindHelpers(actor) ? <HelpersPanel detail={detail} actor={actor} /> : null;
}

function HelpersPanel({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const format = useFormatting();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const skillNames = useSkillNames(useSkills() ?? []);
  const helpers = useHelperList(detail, actor);
  const { add } = useHelperActions(detail.project);
  const needed = detail.project.wantedSkills;
  const shown = all ? helpers : helpers?.slice(0, FIRST_HELPERS);
  return (
    <section className="detail-section helpers-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('projectDetail.helpers.title')}</h2>
      {needed.length === 0 ? <p className="muted">{t('projectDetail.helpers.noSkillsAsked')}</p>
        : helpers === undefined ? <p className="muted" role="status">{t('projectDetail.helpers.reading')}</p>
        : helpers.length === 0 ? <p className="muted">{t('projectDetail.helpers.nobody', { skills: format.list(needed.map((skill) => skillNames.get(skill) ?? skill)) })}</p>
        : (
          <>
            <p className="muted">{t('projectDetail.helpers.intro', { skills: format.list(needed.map((skill) => skillNames.get(skill) ?? skill)) })}</p>
            <ul className="helper-list">{shown?.map((row) => <HelperItem key={row.helper.memberId} row={row} skillNames={skillNames} onAdd={() => { void add(row.member); }} />)}</ul>
            {helpers.length > FIRST_HELPERS && (
              <button type="button" className="link-button" aria-expanded={all} onClick={() => { setAll(!all); }}>{all ? t('projectDetail.helpers.showFewer') : t('projectDetail.helpers.showAll', { count: helpers.length })}</button>
            )}
          </>
        )}
    </section>
  );
}

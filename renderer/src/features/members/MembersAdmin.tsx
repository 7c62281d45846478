import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@core/schemas';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { EmptyState } from '../../app/EmptyState';
import { useSkills } from '../../data/liveQueries';
import { MemberCardDialog } from '../cards/MemberCardDialog';
import { DemoOffer } from '../demo/DemoOffer';
import { useLoadDemo } from '../demo/useLoadDemo';
import { MemberImportEntry } from './import/MemberImportEntry';
import { MemberEditorDialog } from './MemberEditorDialog';
import { useMemberActions } from './useMemberActions';
import { useMemberList } from './useMemberList';
import { useSkillNames } from './useSkillNames';

/**
 * The host's member list: search, add, edit, deactivate (with a question first and undo after).
 * Every row is rendered: fine for hundreds of members, slow to re-render from about 5,000.
 */
export function MembersAdmin() {
  const { t } = useTranslation();
  const list = useMemberList();
  const demo = useLoadDemo();
  const skillNames = useSkillNames(useSkills() ?? []);
  const actions = useMemberActions();
  const searchId = useId();
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [cardOf, setCardOf] = useState<string | null>(null);
  const query = list.query.trim();

  return (
    <section className="members-admin" aria-labelledby="members-title">
      <div className="section-heading">
        <h1 id="members-title">{t('members.title')}</h1>
        <span className="muted" aria-live="polite">
          {list.searching ? t('members.countFiltered', { shown: list.shown.length, count: list.total }) : t('members.count', { count: list.total })}
        </span>
        <button type="button" className="primary" onClick={() => { setEditing({ id: null }); }}>{t('members.add')}</button>
      </div>
      <MemberImportEntry />
      {demo.available && <DemoOffer demo={demo} />}
      {list.stored > 0 && (
        <div className="members-filters">
          <div className="field search-field">
            <label htmlFor={searchId}>{t('members.searchLabel')}</label>
            <input
              id={searchId}
              type="search"
              value={list.query}
              placeholder={t('members.searchPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => { list.setQuery(event.target.value); }}
            />
          </div>
          <label className="check-field">
            <input type="checkbox" checked={list.showInactive} onChange={(event) => { list.setShowInactive(event.target.checked); }} />
            {t('members.showInactive')}
          </label>
        </div>
      )}
      {list.searching && list.shown.length === 0 && (
        <EmptyState
          title={t('members.noMatch', { query })}
          help={list.hiddenInactiveMatches > 0 ? t('members.noMatchInactive', { count: list.hiddenInactiveMatches }) : t('members.noMatchHelp')}
        >
          <div className="empty-actions">
            <button type="button" onClick={list.clearSearch}>{t('members.clearSearch')}</button>
            {list.hiddenInactiveMatches > 0 && (
              <button type="button" onClick={() => { list.setShowInactive(true); }}>{t('members.includeInactive')}</button>
            )}
          </div>
        </EmptyState>
      )}
      {list.shown.length > 0 && (
        <div className="table-scroll">
          <table className="data-table members-table">
            <caption className="visually-hidden">{t('members.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.columnName')}</th>
                <th scope="col">{t('members.columnSkills')}</th>
                <th scope="col">{t('members.columnPlan')}</th>
                <th scope="col">{t('members.columnStatus')}</th>
                <th scope="col">{t('members.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.shown.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>{member.skills.map((id) => skillNames.get(id)).join(', ')}</td>
                  <td>{t(`member.plan.${member.plan}`)}</td>
                  <td>{member.active ? t('members.active') : t('member.inactive')}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => { setEditing({ id: member.id }); }}>{t('member.edit', { name: member.name })}</button>
                    <button type="button" aria-label={t('cards.openFor', { name: member.name })} onClick={() => { setCardOf(member.id); }}>{t('cards.open')}</button>
                    {member.active ? (
                      <button type="button" className="danger-quiet" aria-label={`${t('members.deactivate')}: ${member.name}`} onClick={() => { setConfirming(member); }}>{t('members.deactivate')}</button>
                    ) : (
                      <button type="button" aria-label={`${t('members.reactivate')}: ${member.name}`} onClick={() => { void actions.reactivate(member); }}>{t('members.reactivate')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cardOf && <MemberCardDialog memberId={cardOf} onClose={() => { setCardOf(null); }} />}
      {editing && <MemberEditorDialog memberId={editing.id} onClose={() => { setEditing(null); }} />}
      {confirming && (
        <ConfirmDialog
          title={t('members.deactivateConfirmTitle', { name: confirming.name })}
          body={t('members.deactivateConfirmBody', { name: confirming.name })}
          confirmLabel={t('members.deactivate')}
          cancelLabel={t('members.cancel')}
          onCancel={() => { setConfirming(null); }}
          onConfirm={() => { void actions.deactivate(confirming); setConfirming(null); }}
        />
      )}
    </section>
  );
}

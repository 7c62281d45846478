import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';
import { useSkills } from '../../data/liveQueries';
import { usePinboard } from '../../data/projects/pinboardQueries';
import { useSkillNames } from '../members/useSkillNames';
import type { PinboardActor } from './actor';
import { filterChoices, matchesFilter, openFilter, type PinboardFilter } from './pinboardFilter';
import { PinboardFilters } from './PinboardFilters';
import { ProjectCards } from './ProjectCards';
import { ProjectDetailView } from './ProjectDetailView';
import { PendingHoursPanel } from './detail/PendingHoursPanel';
import { ProjectFormDialog } from './ProjectFormDialog';
import { WaitingOffers } from './WaitingOffers';
import './pinboard.css';

/**
 * The project pinboard: the cards with their filters, or one project whole. A host pins ideas
 * here; at the kiosk (`publicOnly`) a member who checked in joins and logs hours.
 */
export function Pinboard({ actor, publicOnly }: { actor: PinboardActor; publicOnly: boolean }) {
  const { t } = useTranslation();
  const cards = usePinboard();
  const skills = useSkills();
  const skillNames = useSkillNames(skills ?? []);
  const [filter, setFilter] = useState<PinboardFilter>({ ...openFilter, publicOnly });
  const [openId, setOpenId] = useState<string | null>(null);
  const [pinning, setPinning] = useState(false);
  const titles = useMemo(() => new Map((cards ?? []).map((card) => [card.project.id, card.project.title])), [cards]);
  const mergeTargets = useMemo(() => new Map((cards ?? []).filter(({ project }) => project.status !== 'done' && project.continuedIn === null).map(({ project }) => [project.id, project.title])), [cards]);

  if (openId !== null) return <ProjectDetailView id={openId} actor={actor} skillNames={skillNames} titles={titles} mergeTargets={mergeTargets} onOpen={setOpenId} onBack={() => { setOpenId(null); }} />;
  const shown = (cards ?? []).filter((card) => matchesFilter(card, filter));
  const choices = filterChoices(cards ?? [], filter);
  const tags = filter.tag === null || choices.tags.includes(filter.tag) ? choices.tags : [...choices.tags, filter.tag];
  const skillIds = filter.skillId === null || choices.skillIds.includes(filter.skillId) ? choices.skillIds : [...choices.skillIds, filter.skillId];
  const anyAtAll = (cards ?? []).some((card) => !publicOnly || card.project.public);

  return (
    <section className="pinboard" aria-labelledby="pinboard-title">
      <div className="pinboard-header">
        <h1 id="pinboard-title">{t('pinboard.title')}</h1>
        {actor.kind === 'host' && <button type="button" className="primary" onClick={() => { setPinning(true); }}>{t('pinboard.pin')}</button>}
      </div>
      <p className="muted pinboard-intro">{t(publicOnly ? 'pinboard.introPublic' : 'pinboard.intro')}</p>
      {actor.kind === 'host' && <WaitingOffers titles={titles} onOpen={setOpenId} />}
      {actor.kind === 'host' && <PendingHoursPanel actor={actor} />}
      {cards === undefined ? (
        <p role="status">{t('pinboard.reading')}</p>
      ) : !anyAtAll ? (
        <EmptyState heading title={t('pinboard.emptyTitle')} help={t(actor.kind === 'host' ? 'pinboard.emptyHost' : 'pinboard.emptyPublic')} />
      ) : (
        <>
          <PinboardFilters filter={filter} tags={tags} skillIds={skillIds} skillNames={skillNames} onChange={setFilter} />
          {shown.length === 0
            ? <EmptyState title={t('pinboard.noMatch')} help={t('pinboard.noMatchHelp')}><button type="button" onClick={() => { setFilter({ ...openFilter, publicOnly }); }}>{t('pinboard.clearFilters')}</button></EmptyState>
            : <ProjectCards key={JSON.stringify(filter)} cards={shown} titles={titles} skillNames={skillNames} onOpen={setOpenId} />}
        </>
      )}
      {pinning && <ProjectFormDialog project={null} onClose={() => { setPinning(false); }} onSaved={setOpenId} />}
    </section>
  );
}

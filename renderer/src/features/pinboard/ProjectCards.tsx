import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinboardCard } from '../../data/projects/pinboardQueries';
import { ProjectCard } from './ProjectCard';
import { useNextStepText } from './useNextStepText';

/** Cards drawn at once; more on request, so a hub with hundreds of projects opens as fast as one with ten. */
const PAGE = 48;

/** The pinboard's grid: cards in rows as tall as their tallest card, so none overlaps the next. */
export function ProjectCards({ cards, titles, skillNames, onOpen }: {
  cards: readonly PinboardCard[];
  /** Titles of every project on this machine, for "continued in …". */
  titles: ReadonlyMap<string, string>;
  skillNames: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const nextStepText = useNextStepText();
  const visible = cards.slice(0, shown);
  const left = cards.length - visible.length;
  return (
    <>
      <ul className="project-grid" aria-label={t('pinboard.cardsLabel', { count: cards.length })}>
        {visible.map((card) => (
          <li key={card.project.id}>
            <ProjectCard card={card} skillNames={skillNames} nextStep={nextStepText(card.next, (id) => titles.get(id))} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" className="project-grid-more" onClick={() => { setShown((count) => count + PAGE); }}>
          {t('pinboard.showMore', { count: Math.min(PAGE, left), left })}
        </button>
      )}
    </>
  );
}

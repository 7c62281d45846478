import { projectStatuses, type ProjectStatus } from '@core/schemas';
import type { PinboardCard } from '../../data/projects/pinboardQueries';

/**
 * The pinboard's filters: by stage, by tag, by a needed skill (an id of the shared vocabulary).
 * Done projects are shown only when asked for: the board is for what still needs people.
 */
export interface PinboardFilter {
  stage: ProjectStatus | 'open';
  tag: string | null;
  skillId: string | null;
  /** The kiosk and a phone show public projects only; a host desk shows both. */
  publicOnly: boolean;
}

export const openFilter: PinboardFilter = { stage: 'open', tag: null, skillId: null, publicOnly: false };

const OPEN_STAGES: readonly ProjectStatus[] = projectStatuses.filter((stage) => stage !== 'done');

export function matchesFilter(card: PinboardCard, filter: PinboardFilter): boolean {
  const { project } = card;
  if (filter.publicOnly && !project.public) return false;
  if (filter.stage === 'open' ? !OPEN_STAGES.includes(project.status) : project.status !== filter.stage) return false;
  if (filter.tag !== null && !project.tags.some((tag) => tag.toLocaleLowerCase() === filter.tag?.toLocaleLowerCase())) return false;
  return filter.skillId === null || project.wantedSkills.includes(filter.skillId);
}

/** The tags and needed skills worth offering as filters: those of the cards the stage and visibility leave. */
export function filterChoices(cards: readonly PinboardCard[], filter: PinboardFilter): { tags: string[]; skillIds: string[] } {
  const shown = cards.filter((card) => matchesFilter(card, { ...filter, tag: null, skillId: null }));
  const tags = new Map<string, string>();
  for (const tag of shown.flatMap((card) => card.project.tags)) if (!tags.has(tag.toLocaleLowerCase())) tags.set(tag.toLocaleLowerCase(), tag);
  return { tags: [...tags.values()], skillIds: [...new Set(shown.flatMap((card) => card.project.wantedSkills))] };
}

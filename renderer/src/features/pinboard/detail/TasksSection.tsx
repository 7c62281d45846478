import type { DetailSectionProps } from './detailSection';

/** Placeholder until the section is built. */
export function TasksSection(_props: DetailSectionProps) {
  return null;
}

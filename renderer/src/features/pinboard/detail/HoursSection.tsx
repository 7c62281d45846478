import type { DetailSectionProps } from './detailSection';

/** Placeholder until the section is built. */
export function HoursSection(_props: DetailSectionProps) {
  return null;
}

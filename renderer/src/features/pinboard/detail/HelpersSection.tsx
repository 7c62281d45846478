import type { DetailSectionProps } from './detailSection';

/** Placeholder until the section is built. */
export function HelpersSection(_props: DetailSectionProps) {
  return null;
}

import type { DetailSectionProps } from './detailSection';

/** Placeholder until the section is built. */
export function FeedbackSection(_props: DetailSectionProps) {
  return null;
}

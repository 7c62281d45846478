import type { DetailSectionProps } from './detailSection';

/** Placeholder until the section is built. */
export function HistorySection(_props: DetailSectionProps) {
  return null;
}

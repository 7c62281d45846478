import type { Section } from '../messageTypes';

/** A project's detail view: feedback, tasks, hours, helpers and its history. */
const en = {
  placeholder: 'Project details',
} as const;

export const projectDetailText: Section<typeof en> = {
  en,
  da: { placeholder: 'Projektdetaljer' },
  de: { placeholder: 'Projektdetails' },
};

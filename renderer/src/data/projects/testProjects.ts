import type { ProjectDraft } from './projectRepo';

/** A public project draft for repository tests: owned by `ownerMemberId`, asking for four people. */
export const projectDraft = (title: string, ownerMemberId: string | null = 'member-ann', fields: Partial<ProjectDraft> = {}): ProjectDraft => ({
  title, pitch: `${title} in a line`, summary: '', ownerMemberId, ownerCitizenId: null, wantedSkills: [], public: true,
  startsOn: null, photo: null, tags: [], place: 'Lemvig', needsPeople: 4, ...fields,
});

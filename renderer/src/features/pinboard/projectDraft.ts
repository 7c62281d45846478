import { projectFieldsSchema } from '@core/schemas';
import type { ProjectRow } from '../../data/projects/pinboardQueries';
import type { ProjectDraft } from '../../data/projects/projectRepo';

/** A project as its form holds it: "needs N people" as typed, checked before it becomes a number. */
export interface ProjectFormDraft {
  title: string;
  pitch: string;
  summary: string;
  place: string;
  tags: string[];
  wantedSkills: string[];
  needsPeople: string;
  public: boolean;
  ownerMemberId: string | null;
  photo: string | null;
}

export type ProjectFormField = 'title' | 'pitch' | 'summary' | 'place' | 'tags' | 'wantedSkills' | 'needsPeople' | 'photo';
export type ProjectFormError = 'required' | 'tooLong' | 'tooMany' | 'peopleRange' | 'invalidPhoto';
export type ProjectFormErrors = Partial<Record<ProjectFormField, ProjectFormError>>;

export const emptyProjectDraft = (ownerMemberId: string | null): ProjectFormDraft => ({
  title: '', pitch: '', summary: '', place: '', tags: [], wantedSkills: [], needsPeople: '', public: true, ownerMemberId, photo: null,
});

export function projectFormDraftOf(project: ProjectRow): ProjectFormDraft {
  return {
    title: project.title,
    pitch: project.pitch,
    summary: project.summary,
    place: project.place,
    tags: [...project.tags],
    wantedSkills: [...project.wantedSkills],
    needsPeople: project.needsPeople === null ? '' : String(project.needsPeople),
    public: project.public,
    ownerMemberId: project.ownerMemberId,
    photo: project.photo,
  };
}

/** What the form saves. An edit keeps who the project was pinned for (a citizen) and when it starts. */
export function projectDraftOf(draft: ProjectFormDraft, before: ProjectRow | null): ProjectDraft {
  const people = draft.needsPeople.trim();
  return {
    title: draft.title.trim(),
    pitch: draft.pitch.trim(),
    summary: draft.summary.trim(),
    place: draft.place.trim(),
    tags: draft.tags,
    wantedSkills: draft.wantedSkills,
    needsPeople: people === '' ? null : Number(people),
    public: draft.public,
    ownerMemberId: draft.ownerMemberId,
    ownerCitizenId: before?.ownerCitizenId ?? null,
    startsOn: before?.startsOn ?? null,
    photo: draft.photo,
  };
}

const FIELDS: readonly ProjectFormField[] = ['title', 'pitch', 'summary', 'place', 'tags', 'wantedSkills', 'needsPeople', 'photo'];
const isField = (field: unknown): field is ProjectFormField => FIELDS.includes(field as ProjectFormField);

/** `entry`: the issue is about one tag or skill of the list (its path goes on), not the list. */
function errorOf(field: ProjectFormField, code: string, entry: boolean): ProjectFormError {
  if (field === 'photo') return 'invalidPhoto';
  if (field === 'needsPeople') return 'peopleRange';
  if (code === 'too_small') return 'required';
  return (field === 'tags' || field === 'wantedSkills') && code === 'too_big' && !entry ? 'tooMany' : 'tooLong';
}

/** The form's errors by field, by the one schema the stores check (core/schemas/project.ts). */
export function validateProjectDraft(draft: ProjectFormDraft): ProjectFormErrors {
  const errors: ProjectFormErrors = {};
  const people = draft.needsPeople.trim();
  if (people !== '' && !/^\d{1,3}$/.test(people)) errors.needsPeople = 'peopleRange';
  const fields = { ...projectDraftOf(draft, null), status: 'idea', createdAt: new Date(0).toISOString(), continuedIn: null, closedReason: null, counterTo: null };
  const result = projectFieldsSchema.safeParse(fields);
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0];
    // A tag too long is the tags' error (path tags.3), said once for the field.
    if (isField(field)) errors[field] ??= errorOf(field, issue.code, issue.path.length > 1);
  }
  return errors;
}

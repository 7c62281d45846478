import type { CommentKind } from '@core/schemas';
import type { Person } from '@core/projects/membership';
import type { DataContext } from '../dataContext';
import { createRecord, inOneTransaction, updateRecord } from '../recordWriter';
import { pinProject, type ProjectSaved } from './projectRepo';

/**
 * Input and counter-input on a project: ideas to add, concerns and questions, with replies; the
 * owner marks helpful ones; a concern can become its own card (a counter-proposal).
 */

/** Who said it: a member, a registered citizen, or the hub itself (a host writing for the hub: neither). */
export type CommentAuthor = (Person | { memberId: null; citizenId: null }) & { name: string };

export interface CommentDraft {
  projectId: string;
  kind: CommentKind;
  body: string;
  /** The comment this answers; a reply sits in its comment's column whatever its own kind. */
  parentId: string | null;
  author: CommentAuthor;
}

export type CommentOutcome = { kind: 'saved'; id: string } | { kind: 'gone' };

export async function addComment(context: DataContext, draft: CommentDraft): Promise<CommentOutcome> {
  return inOneTransaction(context, ['projects', 'comments'], async () => {
    const project = await context.db.projects.get(draft.projectId);
    if (!project || project.deleted) return { kind: 'gone' };
    const { author } = draft;
    const comment = await createRecord(context, 'comments', {
      projectId: draft.projectId,
      taskId: null,
      kind: draft.kind,
      body: draft.body.trim(),
      parentId: draft.parentId,
      authorMemberId: author.memberId,
      authorCitizenId: author.citizenId,
      authorName: author.name,
      createdAt: context.now().toISOString(),
    });
    return { kind: 'saved', id: comment.id };
  });
}

export async function setCommentHelpful(context: DataContext, id: string, helpful: boolean): Promise<CommentOutcome> {
  return inOneTransaction(context, ['comments'], async () => {
    const comment = await context.db.comments.get(id);
    if (!comment || comment.deleted) return { kind: 'gone' };
    await updateRecord(context, 'comments', id, { helpful });
    return { kind: 'saved', id };
  });
}

const cardSummaryOf = (body: string) => body.slice(0, 2000);

/** The card a comment became, among the cards that counter its project (its description is the comment), if any. */
export function cardMadeOf<T extends { counterTo: string | null; summary: string }>(comment: { projectId: string; body: string }, cards: readonly T[]): T | undefined {
  return cards.find((card) => card.counterTo === comment.projectId && card.summary === cardSummaryOf(comment.body));
}

/**
 * A comment becomes its own idea card, linked to the project it answers: its first line the
 * title, the whole comment its description; the comment's author owns it when a member.
 */
export async function counterProposalCard(context: DataContext, commentId: string): Promise<(ProjectSaved & { title: string }) | { kind: 'gone' }> {
  return inOneTransaction(context, ['projects', 'comments', 'projectMemberships'], async () => {
    const comment = await context.db.comments.get(commentId);
    const project = comment ? await context.db.projects.get(comment.projectId) : undefined;
    if (!comment || comment.deleted || !project || project.deleted) return { kind: 'gone' };
    const firstLine = comment.body.split('\n')[0]?.trim() ?? '';
    const title = firstLine.slice(0, 140) || project.title;
    const saved = await pinProject(context, {
      title,
      pitch: firstLine.slice(0, 200),
      summary: cardSummaryOf(comment.body),
      ownerMemberId: comment.authorMemberId,
      ownerCitizenId: comment.authorCitizenId ?? null,
      wantedSkills: project.wantedSkills,
      public: project.public,
      startsOn: null,
      photo: null,
      tags: project.tags ?? [],
      place: project.place ?? '',
      needsPeople: null,
    }, project.id);
    return { ...saved, title };
  });
}

import type { CommentFields, CommentKind } from '../schemas/project';

/**
 * Feedback on a project: ideas to add (for), concerns (against) and questions, shown apart,
 * with their replies. Comments written before the pinboard hold old kinds; each reads as one
 * new kind: a plain `comment` was input to the idea (an idea to add), a `counterProposal` is
 * counter-input (a concern; it may still become its own card, `counterTo`), an `offerToHelp`
 * supported the idea (an idea to add; a host may make the person a helper, nothing does it
 * by itself).
 */
export function commentKindOf(kind: CommentFields['kind']): CommentKind {
  switch (kind) {
    case 'comment':
    case 'offerToHelp':
      return 'idea';
    case 'counterProposal':
      return 'concern';
    default:
      return kind;
  }
}

type Row = Pick<CommentFields, 'kind' | 'createdAt' | 'parentId'> & { id: string; deleted?: boolean };

export interface FeedbackThread<T extends Row> {
  comment: T;
  /** Answers in the order they were written; answers to answers are flattened under the top comment. */
  replies: T[];
}

export interface FeedbackColumns<T extends Row> {
  for: FeedbackThread<T>[];
  against: FeedbackThread<T>[];
  questions: FeedbackThread<T>[];
}

/**
 * Top-level comments by column, oldest first, each with its replies. A reply whose comment is
 * gone (deleted, or not on this machine) is shown as a top-level comment of its own kind, so
 * nothing written disappears; a reply sits in the column of the comment it answers.
 */
export function feedbackColumns<T extends Row>(comments: readonly T[]): FeedbackColumns<T> {
  const live = comments.filter((comment) => comment.deleted !== true).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const byId = new Map(live.map((comment) => [comment.id, comment]));
  // A reply answers an older comment: a link to one that is not older is not followed, so no
  // chain of replies can go round in a circle.
  const olderParent = (comment: T): T | undefined => {
    const parent = comment.parentId == null ? undefined : byId.get(comment.parentId);
    return parent && (parent.createdAt < comment.createdAt || (parent.createdAt === comment.createdAt && parent.id < comment.id)) ? parent : undefined;
  };
  const rootOf = (comment: T): T => {
    let current = comment;
    for (let parent = olderParent(current); parent; parent = olderParent(current)) current = parent;
    return current;
  };
  const threads = new Map<string, FeedbackThread<T>>();
  for (const comment of live) {
    const root = rootOf(comment);
    if (root === comment) threads.set(comment.id, { comment, replies: threads.get(comment.id)?.replies ?? [] });
    else {
      const thread = threads.get(root.id) ?? { comment: root, replies: [] };
      thread.replies.push(comment);
      threads.set(root.id, thread);
    }
  }
  const columns: FeedbackColumns<T> = { for: [], against: [], questions: [] };
  for (const thread of threads.values()) {
    const kind = commentKindOf(thread.comment.kind);
    (kind === 'idea' ? columns.for : kind === 'concern' ? columns.against : columns.questions).push(thread);
  }
  return columns;
}

import type { CommentKind } from '@core/schemas';
import type { CommentAuthor } from '../../../data/projects/feedbackRepo';
import { fieldProblem, type FieldProblem } from './fieldCheck';

/** Who said it, as a host desk records it: the hub itself, a member, or a registered citizen. */
export type AuthorChoice =
  | { kind: 'hub' }
  | { kind: 'member'; memberId: string | null }
  | { kind: 'citizen'; citizenId: string | null };

export interface FeedbackDraft {
  kind: CommentKind;
  body: string;
  author: AuthorChoice;
}

export type FeedbackErrors = Partial<Record<'body' | 'author', FieldProblem | 'nobody'>>;

/** Names the author choice needs: the hub's name, and the chosen member's or citizen's. */
export interface AuthorNames {
  hub: string;
  member: (id: string) => string | undefined;
  citizen: (id: string) => string | undefined;
}

export function emptyFeedbackDraft(kind: CommentKind, author: AuthorChoice): FeedbackDraft {
  return { kind, body: '', author };
}

function authorOf(choice: AuthorChoice, names: AuthorNames): CommentAuthor | null {
  if (choice.kind === 'hub') return { memberId: null, citizenId: null, name: names.hub };
  if (choice.kind === 'member') {
    const name = choice.memberId === null ? undefined : names.member(choice.memberId);
    return choice.memberId !== null && name ? { memberId: choice.memberId, citizenId: null, name } : null;
  }
  const name = choice.citizenId === null ? undefined : names.citizen(choice.citizenId);
  return choice.citizenId !== null && name ? { memberId: null, citizenId: choice.citizenId, name } : null;
}

/** The draft's problems, or who said what, ready to save. */
export function checkFeedbackDraft(draft: FeedbackDraft, names: AuthorNames): { errors: FeedbackErrors; author: CommentAuthor | null; body: string } {
  const author = authorOf(draft.author, names);
  const errors: FeedbackErrors = {};
  const bodyProblem = fieldProblem('comments', 'body', draft.body);
  if (bodyProblem) errors.body = bodyProblem;
  if (!author) errors.author = 'nobody';
  return { errors, author: Object.keys(errors).length === 0 ? author : null, body: draft.body.trim() };
}

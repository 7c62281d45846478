import { describe, expect, it } from 'vitest';
import type { CommentFields } from '../schemas/project';
import { commentFieldsSchema } from '../schemas/project';
import { editsOf } from './edits';
import { commentKindOf, feedbackColumns } from './feedback';

type Row = Pick<CommentFields, 'kind' | 'createdAt' | 'parentId'> & { id: string; deleted?: boolean };
const comment = (id: string, kind: CommentFields['kind'], minute: number, parentId?: string | null, deleted = false): Row => ({
  id, kind, createdAt: `2026-12-04T10:${String(minute).padStart(2, '0')}:00.000Z`, parentId, deleted,
});

describe('feedback', () => {
  it('reads the kinds written before the pinboard as ideas or concerns, and keeps them valid', () => {
    expect(commentKindOf('comment')).toBe('idea');
    expect(commentKindOf('offerToHelp')).toBe('idea');
    expect(commentKindOf('counterProposal')).toBe('concern');
    expect(commentKindOf('question')).toBe('question');
    const old = { projectId: 'p1', taskId: null, authorMemberId: null, authorName: 'Birthe fra Bandholm', body: 'Handsker?', kind: 'offerToHelp', createdAt: '2026-11-01T10:00:00.000Z' };
    expect(commentFieldsSchema.safeParse(old).success).toBe(true);
  });

  it('shows for and against apart, questions on their own, each with its replies, and an orphaned reply as its own comment', () => {
    const columns = feedbackColumns([
      comment('c3', 'concern', 3), comment('c1', 'idea', 1), comment('r1', 'question', 4, 'c1'), comment('r2', 'idea', 5, 'r1'),
      comment('q1', 'question', 2), comment('gone', 'idea', 0, null, true), comment('r3', 'concern', 6, 'gone'), comment('old', 'comment', 7),
    ]);
    expect(columns.for.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)])).toEqual([['c1', ['r1', 'r2']], ['old', []]]);
    expect(columns.against.map((thread) => thread.comment.id)).toEqual(['c3', 'r3']);
    expect(columns.questions.map((thread) => thread.comment.id)).toEqual(['q1']);
  });

  it('survives replies that answer each other in a circle', () => {
    const columns = feedbackColumns([comment('a', 'idea', 1, 'b'), comment('b', 'idea', 2, 'a')]);
    const shown = [...columns.for, ...columns.against, ...columns.questions].flatMap((thread) => [thread.comment.id, ...thread.replies.map((reply) => reply.id)]);
    expect(shown.sort()).toEqual(['a', 'b']);
  });
});

describe('the edit history', () => {
  it('records who changed the pitch, description or stage, one line per field, nothing for other fields or no change', () => {
    const before = { pitch: 'Saml affald', summary: 'En lørdag', status: 'idea' as const };
    expect(editsOf('p1', before, { pitch: 'Saml affald på stranden', status: 'gathering' }, 'm1', '2026-12-04T10:00:00.000Z')).toEqual([
      { projectId: 'p1', field: 'pitch', byMemberId: 'm1', at: '2026-12-04T10:00:00.000Z' },
      { projectId: 'p1', field: 'status', byMemberId: 'm1', at: '2026-12-04T10:00:00.000Z' },
    ]);
    expect(editsOf('p1', before, { summary: 'En lørdag' }, null, '2026-12-04T10:00:00.000Z')).toEqual([]);
    // A row written before pitches had none: a first pitch is an edit, an empty one is not.
    expect(editsOf('p1', { summary: '', status: 'idea' }, { pitch: '' }, null, '2026-12-04T10:00:00.000Z')).toEqual([]);
    expect(editsOf('p1', { summary: '', status: 'idea' }, { pitch: 'Ny' }, null, '2026-12-04T10:00:00.000Z')).toHaveLength(1);
  });
});

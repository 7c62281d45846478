import { describe, expect, it } from 'vitest';
import { checkTaskDraft, emptyTaskDraft, taskDraftOf } from './taskDraft';

describe('a task as its form holds it', () => {
  it('saves a trimmed title, "2,5" estimated hours and a due date', () => {
    const draft = { ...emptyTaskDraft(['skill-cooking']), title: ' Cook soup ', estimatedHours: '2,5', dueOn: '2026-12-12' };
    expect(checkTaskDraft(draft)).toEqual({
      errors: {},
      task: { title: 'Cook soup', details: '', wantedSkills: ['skill-cooking'], estimatedHours: 2.5, dueOn: '2026-12-12' },
    });
    expect(checkTaskDraft({ ...draft, estimatedHours: '', dueOn: '' }).task).toMatchObject({ estimatedHours: null, dueOn: null });
  });

  it('says by field what is missing or wrong, by the tasks table\'s own limits', () => {
    const { errors, task } = checkTaskDraft({ ...emptyTaskDraft(), title: '   ', details: 'x'.repeat(2001), estimatedHours: 'a few', dueOn: '12/12/2026' });
    expect(task).toBeNull();
    expect(errors).toEqual({ title: 'required', details: 'tooLong', estimatedHours: 'notANumber', dueOn: 'notADate' });
    expect(checkTaskDraft({ ...emptyTaskDraft(), title: 'x'.repeat(141) }).errors).toEqual({ title: 'tooLong' });
    expect(checkTaskDraft({ ...emptyTaskDraft(), title: 'Dig', estimatedHours: '0' }).errors).toEqual({ estimatedHours: 'tooSmall' });
  });

  it('opens an existing task with its hours in the reader\'s decimal sign', () => {
    const task = { id: 't', projectId: 'p', title: 'Dig', details: '', status: 'open', wantedSkills: ['a', 'b'], assigneeMemberId: null, dueOn: null, estimatedHours: 1.5, hlc: {}, deviceId: 'd', deleted: false } as const;
    expect(taskDraftOf({ ...task, wantedSkills: [...task.wantedSkills] }, ',')).toEqual({ title: 'Dig', details: '', skills: ['a', 'b'], estimatedHours: '1,5', dueOn: '' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import type { LandhubBridge } from '@core/ipcContract';
import { ServicesProvider } from '../../../app/services';
import type { DataContext } from '../../../data/dataContext';
import { addComment, counterProposalCard, setCommentHelpful } from '../../../data/projects/feedbackRepo';
import { logHours } from '../../../data/projects/hoursRepo';
import { readProjectDetail, type ProjectDetail } from '../../../data/projects/pinboardQueries';
import { editProject, pinProject } from '../../../data/projects/projectRepo';
import { addTask, takeTask } from '../../../data/projects/taskRepo';
import { projectDraft } from '../../../data/projects/testProjects';
import { createSyncService } from '../../../data/sync/syncService';
import { openTestContext } from '../../../data/testContext';
import { initI18n } from '../../../i18n/i18n';
import type { PinboardActor } from '../actor';
import { FeedbackSection } from './FeedbackSection';
import { HelpersSection } from './HelpersSection';
import { HistorySection } from './HistorySection';
import { HoursSection } from './HoursSection';
import { TasksSection } from './TasksSection';

/**
 * The sections rendered to HTML from a project built through the real repositories on
 * fake-indexeddb: what each reader is offered, and what the kiosk must not show. (Live queries
 * do not run in a server render: member names and settings stay at their loading state here.)
 */

let context: DataContext;
let detail: ProjectDetail;
let concernId = '';
const host: PinboardActor = { kind: 'host', memberId: null };
const dan: PinboardActor = { kind: 'member', memberId: 'member-dan', name: 'Dan Holm' };
const bridge: LandhubBridge = { invoke: () => Promise.reject(new Error('no shell in this test')) };

const render = (element: ReactElement) =>
  renderToStaticMarkup(<ServicesProvider services={{ data: context, bridge, sync: createSyncService(context), appInfo: null }}>{element}</ServicesProvider>);
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

beforeAll(async () => {
  await initI18n('en');
  let now = new Date('2026-12-04T10:00:00Z');
  const tick = () => { now = new Date(now.getTime() + 60_000); };
  context = await openTestContext({ now: () => now });
  const { id } = await pinProject(context, projectDraft('Beach clean-up', 'member-ann', { wantedSkills: ['skill-boats'] }));
  const say = async (kind: 'idea' | 'concern' | 'question', body: string, parentId: string | null = null) => {
    tick();
    const saved = await addComment(context, { projectId: id, kind, body, parentId, author: { memberId: 'member-bo', citizenId: null, name: 'Bo Berg' } });
    return saved.kind === 'saved' ? saved.id : '';
  };
  await say('idea', 'Ask the school to join');
  const concern = await say('concern', 'The harbour is closed in December');
  await say('question', 'Could we go in January?', concern);
  await say('question', 'Who brings the bags?');
  concernId = concern;
  await setCommentHelpful(context, concern, true);
  const open = await addTask(context, id, { title: 'Bring bags', details: '', wantedSkills: [], dueOn: '2026-12-12', estimatedHours: 1.5 });
  const mine = await addTask(context, id, { title: 'Steer the boat', details: '', wantedSkills: ['skill-boats'], dueOn: null, estimatedHours: null });
  if (open.kind !== 'saved' || mine.kind !== 'saved') throw new Error('tasks not added');
  await takeTask(context, mine.id, { memberId: 'member-dan', citizenId: null });
  const entry = { projectId: id, taskId: null, on: '2026-12-03', hours: 2, note: '' };
  await logHours(context, [{ memberId: 'member-dan', citizenId: null, name: 'Dan Holm' }], { ...entry, note: 'Sorted the bags' });
  await logHours(context, [{ memberId: 'member-eve', citizenId: null, name: 'Eve Lund' }, { memberId: 'member-bo', citizenId: null, name: 'Bo Berg' }], entry);
  await logHours(context, [{ memberId: 'member-eve', citizenId: null, name: 'Eve Lund' }], { ...entry, on: '2026-12-01', hours: 3 }, null);
  tick();
  await editProject(context, id, { pitch: 'Clean the beach together' }, null);
  const read = await readProjectDetail(context.db, id);
  if (!read) throw new Error('project not read');
  detail = read;
});

afterAll(() => { context.db.close(); });

describe("a project's detail sections", () => {
  it('feedback: for, against and questions apart, replies in their thread, helpful in words; a host desk may write', () => {
    const html = render(<FeedbackSection detail={detail} actor={host} />);
    const against = between(html, 'feedback-against', '</section>');
    expect(against).toContain('The harbour is closed in December');
    expect(against).toContain('Could we go in January?');
    expect(against).toContain('Marked helpful');
    expect(between(html, 'feedback-for', '</section>')).toContain('Ask the school to join');
    expect(between(html, 'feedback-questions', '</section>')).toContain('Who brings the bags?');
    expect(between(html, 'feedback-questions', '</section>')).not.toContain('January');
    expect(html.match(/Make it its own card/g)).toHaveLength(1);
    expect(html).toContain('Write down what someone said');
  });

  it('feedback at the kiosk is read-only: no form, no reply, no marks to set', () => {
    const html = render(<FeedbackSection detail={detail} actor={dan} />);
    expect(html).toContain('The harbour is closed in December');
    expect(html).not.toContain('<form');
    expect(html).not.toMatch(/>Reply<|Mark as helpful|Make it its own card/);
  });

  it('tasks: the kiosk member takes an open one and hands back their own; a host manages', () => {
    const kiosk = render(<TasksSection detail={detail} actor={dan} />);
    expect(kiosk.match(/I’ll take it/g)).toHaveLength(1);
    expect(kiosk.match(/I can’t make it/g)).toHaveLength(1);
    expect(kiosk).toContain('You took this task');
    expect(kiosk).not.toMatch(/Add a task|Mark as done|Remove/);
    expect(kiosk).toContain('12 December 2026');
    const desk = render(<TasksSection detail={detail} actor={host} />);
    expect(desk).toContain('Add a task');
    expect(desk.match(/Mark as done/g)).toHaveLength(2);
    expect(desk).not.toContain('I’ll take it');
    expect(desk).toContain('Anyone can do it');
  });

  it('hours: a host sees who and approves the waiting ones; the kiosk shows totals and only the member\'s own', () => {
    const desk = render(<HoursSection detail={detail} actor={host} />);
    expect(desk).toContain('Eve Lund');
    expect(desk).toContain('Approve all 3 waiting entries');
    expect(desk).toContain('3 hr');
    const kiosk = render(<HoursSection detail={detail} actor={dan} />);
    expect(kiosk).toContain('Log my hours');
    expect(kiosk).toContain('Sorted the bags');
    expect(kiosk).not.toMatch(/Eve|Bo Berg|>Approve<|Approve all/);
  });

  it('a concern made its own card says where it went, and is not offered again', async () => {
    await counterProposalCard(context, concernId);
    const again = await readProjectDetail(context.db, detail.project.id);
    const html = again ? render(<FeedbackSection detail={again} actor={host} />) : '';
    expect(between(html, 'feedback-against', '</section>')).toContain('Became its own card: “The harbour is closed in December”');
    expect(html).not.toContain('Make it its own card');
  });

  it('helpers never show at the kiosk; the history says who changed what, a host for the hub', () => {
    expect(render(<HelpersSection detail={detail} actor={dan} />)).toBe('');
    expect(render(<HistorySection detail={detail} actor={host} />)).toContain('A host changed the short pitch');
    expect(render(<HistorySection detail={{ ...detail, edits: [] }} actor={dan} />)).toBe('');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectViewOf, projectStatuses, type ProjectFields } from '../schemas/project';
import { nextStep, projectOutcome, stageChangeFields, stageChangeProblem } from './stages';

const old: ProjectFields = {
  title: 'Strandrensning', summary: 'En lørdag', status: 'idea', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null, createdAt: '2026-11-01T10:00:00.000Z',
};
const progress = { people: 0, unfinishedTasks: 0, openTasks: 0 };

describe('a project\'s next step', () => {
  it('reads a row written before the pinboard with its defaults, and shows an idea without a pitch how to start', () => {
    const project = projectViewOf(old);
    expect(project).toMatchObject({ pitch: '', photo: null, tags: [], place: '', needsPeople: null, closedReason: null, continuedIn: null, counterTo: null, ownerCitizenId: null });
    expect(nextStep(project, progress)).toEqual({ code: 'writePitch' });
    expect(nextStep({ ...project, pitch: 'Saml affald' }, progress)).toEqual({ code: 'gatherGroup' });
  });

  it('asks a gathering project for the people its meter still lacks, then to start', () => {
    const gathering = projectViewOf({ ...old, status: 'gathering', needsPeople: 5 });
    expect(nextStep(gathering, { ...progress, people: 2 })).toEqual({ code: 'findPeople', missing: 3 });
    expect(nextStep(gathering, { ...progress, people: 5 })).toEqual({ code: 'startWork' });
    expect(nextStep({ ...gathering, needsPeople: null }, progress)).toEqual({ code: 'gatherGroup' });
  });

  it('asks a running project to take its open tasks, finish them, then wrap up', () => {
    const running = projectViewOf({ ...old, status: 'running' });
    expect(nextStep(running, { people: 3, unfinishedTasks: 3, openTasks: 2 })).toEqual({ code: 'takeTask', open: 2 });
    expect(nextStep(running, { people: 3, unfinishedTasks: 1, openTasks: 0 })).toEqual({ code: 'finishTasks', unfinished: 1 });
    expect(nextStep(running, { people: 3, unfinishedTasks: 0, openTasks: 0 })).toEqual({ code: 'wrapUp' });
    expect(nextStep(running, progress)).toEqual({ code: 'addTasks' });
  });

  it('says why a closed idea closed and where a merged one went', () => {
    expect(nextStep(projectViewOf({ ...old, status: 'done', closedReason: 'Kommunen gør det selv' }), progress)).toEqual({ code: 'closed', reason: 'Kommunen gør det selv' });
    expect(nextStep(projectViewOf({ ...old, status: 'done', continuedIn: 'p2' }), progress)).toEqual({ code: 'continuedIn', projectId: 'p2' });
    expect(nextStep(projectViewOf({ ...old, status: 'done' }), progress)).toEqual({ code: 'seeResults' });
    expect(nextStep(projectViewOf({ ...old, status: 'paused' }), progress)).toEqual({ code: 'resume' });
  });

  it('has a next step for every stage, outcome and progress, and a closed or merged one always says why or where', () => {
    const project = fc.record({
      status: fc.constantFrom(...projectStatuses),
      pitch: fc.string({ maxLength: 5 }),
      needsPeople: fc.option(fc.integer({ min: 1, max: 500 })),
      closedReason: fc.option(fc.string({ minLength: 1, maxLength: 10 })),
      continuedIn: fc.option(fc.constantFrom('p2', 'p3')),
    });
    const counts = fc.record({ people: fc.nat(600), unfinishedTasks: fc.nat(20), openTasks: fc.nat(20) });
    fc.assert(fc.property(project, counts, (one, facts) => {
      const step = nextStep(one, facts);
      const outcome = projectOutcome(one);
      if (outcome === 'merged') expect(step).toEqual({ code: 'continuedIn', projectId: one.continuedIn });
      if (outcome === 'closed') expect(step).toEqual({ code: 'closed', reason: one.closedReason });
      if (step.code === 'findPeople') expect(step.missing).toBeGreaterThan(0);
      expect(typeof step.code).toBe('string');
    }));
  });
});

describe('stage changes', () => {
  it('move freely between the open stages and pause, close with a reason, finish from running, and never unmerge', () => {
    const idea = projectViewOf(old);
    expect(stageChangeProblem(idea, { to: 'running' })).toBeNull();
    expect(stageChangeProblem(idea, { to: 'paused' })).toBeNull();
    expect(stageChangeProblem(idea, { to: 'idea' })).toBe('sameStage');
    expect(stageChangeProblem(idea, { to: 'done' })).toBe('reasonRequired');
    expect(stageChangeProblem(idea, { to: 'done', closedReason: '   ' })).toBe('reasonRequired');
    expect(stageChangeProblem(idea, { to: 'done', closedReason: 'Dublet' })).toBeNull();
    expect(stageChangeProblem({ ...idea, status: 'running' }, { to: 'done' })).toBeNull();
    expect(stageChangeProblem({ ...idea, status: 'done' }, { to: 'gathering' })).toBeNull();
    expect(stageChangeProblem({ ...idea, status: 'done', continuedIn: 'p2' }, { to: 'gathering' })).toBe('mergedStaysMerged');
    expect(stageChangeFields({ to: 'done', closedReason: ' Dublet ' })).toEqual({ status: 'done', closedReason: 'Dublet' });
    expect(stageChangeFields({ to: 'gathering', closedReason: 'ignored' })).toEqual({ status: 'gathering', closedReason: null });
  });

  it('leave every permitted change a project whose done-without-running has a reason', () => {
    const stage = fc.constantFrom(...projectStatuses);
    fc.assert(fc.property(stage, stage, fc.option(fc.string({ maxLength: 6 })), (from, to, reason) => {
      if (stageChangeProblem({ status: from, continuedIn: null }, { to, closedReason: reason }) !== null) return;
      const written = stageChangeFields({ to, closedReason: reason });
      expect(written.status).toBe(to);
      if (to === 'done' && from !== 'running') expect(written.closedReason?.length ?? 0).toBeGreaterThan(0);
      if (to !== 'done') expect(written.closedReason).toBeNull();
    }));
  });
});

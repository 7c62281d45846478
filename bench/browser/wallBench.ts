import { createRecord } from '../../renderer/src/data/recordWriter';
import type { BenchApi, ProjectWrite } from './benchApi';
import { pairedDevice } from './syncBench';

/**
 * The wall bench's host desk in the page: it saves projects through the app's write path
 * (recordWriter: validated, stamped, in the outbox) and its sync client pushes them.
 */
const WANTED_SKILLS = 3;
let wanted: string[] | null = null;

async function skillsWanted(): Promise<string[]> {
  if (!wanted) {
    const { db } = pairedDevice().context;
    wanted = (await db.skills.filter((skill) => !skill.deleted).limit(WANTED_SKILLS).toArray()).map((skill) => skill.id);
    if (wanted.length < WANTED_SKILLS) throw new Error(`The host desk holds ${wanted.length} skills, the bench asks for ${WANTED_SKILLS}`);
  }
  return wanted;
}

const epochNow = () => performance.timeOrigin + performance.now();

/** A new public project that still takes people, with skills it needs: the newest, so the wall's first card. */
async function saveWallProject(title: string): Promise<ProjectWrite> {
  const { context } = pairedDevice();
  const wantedSkills = await skillsWanted();
  const startedAt = epochNow();
  const row = await createRecord(context, 'projects', {
    title,
    summary: 'Saved by the wall bench: a public project that needs people with these skills.',
    status: 'gathering',
    ownerMemberId: null,
    wantedSkills,
    public: true,
    startsOn: null,
    createdAt: context.now().toISOString(),
  });
  return { projectId: row.id, startedAt, committedAt: epochNow() };
}

export const wallBench: Pick<BenchApi, 'saveWallProject'> = { saveWallProject };

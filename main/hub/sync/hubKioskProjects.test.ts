import { describe, expect, it } from 'vitest';
import { membershipId } from '@core/projects/membership';
import { useHubOnTuesdayEvening } from './hubOnTuesday';

/**
 * A kiosk acts for the member who checked in there: through the real push path it may join a
 * public project, and is refused on a members-only one, judged against the hub's own copy.
 */
const { push, pulled, create, machine, hubNow, host: hostDesk } = useHubOnTuesdayEvening();

const project = (isPublic: boolean) => ({
  title: isPublic ? 'Shelter by the lake' : 'Board budget', summary: '', status: 'gathering', ownerMemberId: null, wantedSkills: [],
  public: isPublic, startsOn: null, createdAt: hubNow().toISOString(),
});
const joining = (projectId: string, memberId: string) => ({ projectId, memberId, citizenId: null, role: 'helper', joinedAt: hubNow().toISOString() });

describe('a kiosk writes projects for a member', () => {
  it('joins a public project, and is refused on a members-only one', async () => {
    const open = await create(hostDesk(), 'projects', project(true));
    const closed = await create(hostDesk(), 'projects', project(false));
    const kiosk = await machine('kiosk');

    const joinId = membershipId(open, { memberId: 'member-1', citizenId: null });
    expect(await push(kiosk, 'projectMemberships', joinId, joining(open, 'member-1'))).toMatchObject({ status: 'applied' });
    expect(await pulled(hostDesk(), joinId)).toMatchObject({ projectId: open, memberId: 'member-1', role: 'helper' });

    const refusedId = membershipId(closed, { memberId: 'member-1', citizenId: null });
    expect(await push(kiosk, 'projectMemberships', refusedId, joining(closed, 'member-1'))).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite' } });
    expect(await pulled(hostDesk(), refusedId)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { hlcNodeFromDeviceId } from '@core/hlc';
import { addMember, updateMember } from '../memberRepo';
import { eventually, memberProfile } from '../testSupport';
import { createPairingCode } from './hubDevices';
import { pairThisMachine } from './pairing';
import { realHubFixture } from './realHubFixture';
import { describeReplaced } from './replacedNotes';

/** Two host desks and a real hub on loopback: an offline edit that a later one replaced is reported, once, on its machine only. */

const site = realHubFixture();

async function twoHostDesks() {
  const first = await site.machine();
  const firstSync = site.sync(first);
  await pairThisMachine(firstSync, { hubUrl: site.hub.url, code: site.hub.firstHostCode?.code ?? '', deviceName: 'Host desk 1' });
  const second = await site.machine();
  const secondSync = site.sync(second);
  await pairThisMachine(secondSync, { hubUrl: site.hub.url, code: (await createPairingCode(firstSync, 'host')).code, deviceName: 'Host desk 2' });
  return { first, firstSync, second, secondSync };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an offline edit that a later edit replaced', () => {
  it('is reported on the machine that lost, with its value and the winner, and not on the winner', async () => {
    const { first, firstSync, second, secondSync } = await twoHostDesks();
    const anna = await addMember(first, memberProfile('Anna Berg', { company: 'Berg Design' }));
    await eventually(() => second.db.members.get(anna.id), (row) => row?.company === 'Berg Design');

    firstSync.stop();
    await updateMember(first, anna.id, { company: 'Berg & Co (offline)' });
    // The other desk's edit is the later one by every clock.
    await settle(5);
    await updateMember(second, anna.id, { company: 'Berg Studio' });
    await eventually(() => second.db.outbox.count(), (count) => count === 0);

    await firstSync.start();
    const replaced = await eventually(() => Promise.resolve(firstSync.status().replaced), (list) => list.length > 0);
    expect(replaced).toEqual([{ table: 'members', recordId: anna.id, field: 'company', myValue: 'Berg & Co (offline)', winnerNode: hlcNodeFromDeviceId(second.deviceId) }]);
    expect((await first.db.members.get(anna.id))?.company).toBe('Berg Studio');
    expect(await describeReplaced(firstSync, replaced)).toEqual([{ replaced: replaced[0], recordName: 'Anna Berg', machineName: 'Host desk 2' }]);

    // Later ordinary edits of the same member tell nothing more, on either desk.
    await updateMember(second, anna.id, { phone: '+45 20 30 40 50' });
    await eventually(() => first.db.members.get(anna.id), (row) => row?.phone === '+45 20 30 40 50');
    await updateMember(second, anna.id, { company: 'Berg Studio ApS' });
    await eventually(() => first.db.members.get(anna.id), (row) => row?.company === 'Berg Studio ApS');
    expect(firstSync.status().replaced).toHaveLength(1);
    expect(secondSync.status().replaced).toEqual([]);
  });
});

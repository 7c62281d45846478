import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { Spaces } from './support/pages/Spaces';

const WALK_TIMEOUT_MS = 120_000;
const CASES = (['de', 'da', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }]);

describe('a host sets up the premises under Desks & rooms', () => {
  const session = useE2eSession();

  it('adds a floor, a zone, desks and a room, with every mistake told by its field and nothing typed lost', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: 'Søren Kierkegaard' });
    const shell = new Shell(page, m);
    await shell.goTo('spaces');
    const spaces = new Spaces(page, m);
    await spaces.heading.waitFor();
    // The empty desk list says so and offers the way out.
    await page.getByText(m.spaces.emptyDesksTitle, { exact: true }).waitFor();

    await spaces.openTab('zones');
    await spaces.addButton('addFloor').click();
    await spaces.save();
    await spaces.dialog.getByText(m.spaces.errors.required, { exact: true }).waitFor();
    await spaces.field(m.spaces.fieldZoneName).fill('Ground floor');
    await spaces.save();
    await spaces.row('Ground floor').waitFor();
    await spaces.addButton('addZone').click();
    await spaces.field(m.spaces.fieldZoneName).fill('Quiet corner');
    await spaces.dialog.getByRole('checkbox', { name: m.spaces.fieldQuiet }).check();
    await spaces.save();
    await expect.poll(() => spaces.row('Quiet corner').textContent()).toContain(m.spaces.quietZone);

    await spaces.openTab('desks');
    await spaces.addButton('addDesk').click();
    await spaces.field(m.spaces.fieldDeskCode).fill('D1');
    await spaces.field(m.spaces.fieldZone).selectOption({ label: 'Ground floor › Quiet corner' });
    await spaces.dialog.getByRole('checkbox', { name: m.spaces.feature.monitor }).check();
    await spaces.dialog.getByRole('checkbox', { name: m.spaces.feature.window }).check();
    await spaces.save();
    const d1 = spaces.row('D1');
    await expect.poll(() => d1.textContent()).toContain(`${m.spaces.feature.monitor}, ${m.spaces.feature.window}`);
    expect(await d1.textContent()).toContain('Ground floor › Quiet corner');

    // The same label typed differently is the same desk: refused by the field, the form kept.
    await spaces.addButton('addDesk').click();
    await spaces.field(m.spaces.fieldDeskCode).fill('d 1');
    await spaces.dialog.getByRole('radio', { name: m.spaces.useFixed }).check();
    await spaces.save();
    await spaces.dialog.getByText(m.spaces.errors.memberRequired).waitFor();
    await spaces.dialog.getByRole('searchbox', { name: m.spaces.fieldFixedMember }).fill('søren');
    await spaces.dialog.getByRole('button', { name: fill(m.members.picker.choose, { name: 'Søren Kierkegaard' }) }).click();
    await spaces.save();
    await spaces.dialog.getByText(fill(m.spaces.nameTaken, { name: 'd 1' })).waitFor();
    expect(await spaces.field(m.spaces.fieldDeskCode).inputValue()).toBe('d 1');
    await spaces.field(m.spaces.fieldDeskCode).fill('D2');
    await spaces.dialog.getByRole('checkbox', { name: m.spaces.fieldOutOfService }).check();
    await spaces.save();
    await spaces.dialog.getByText(m.spaces.errors.required, { exact: true }).waitFor();
    await spaces.field(m.spaces.fieldOutOfServiceReason).fill('The chair is broken');
    await spaces.save();
    const d2 = spaces.row('D2');
    await expect.poll(() => d2.textContent()).toContain(fill(m.spaces.fixedTo, { name: 'Søren Kierkegaard' }));
    expect(await d2.textContent()).toContain(fill(m.spaces.outOfService, { reason: 'The chair is broken' }));

    await spaces.openTab('rooms');
    await spaces.addButton('addRoom').click();
    await spaces.field(m.spaces.fieldRoomName).fill('Fjorden');
    await spaces.field(m.spaces.fieldCapacity).fill('0');
    await spaces.save();
    await spaces.dialog.getByText(m.spaces.errors.capacityRange).waitFor();
    await spaces.field(m.spaces.fieldCapacity).fill('6');
    await spaces.dialog.getByRole('radio', { name: m.spaces.bookableByHosts }).check();
    await spaces.field(m.spaces.fieldZone).selectOption({ label: 'Ground floor' });
    await spaces.save();
    const fjorden = spaces.row('Fjorden');
    await expect.poll(() => fjorden.textContent()).toContain(m.spaces.bookableByHosts);
    expect(await fjorden.textContent()).toContain(fill(m.spaces.seats_other, { count: 6 }));

    // A floor that still holds a zone and a room is not deactivated: the host hears what holds it.
    await spaces.openTab('zones');
    await expect.poll(() => spaces.row('Ground floor').textContent()).toContain(`${fill(m.spaces.desksCount_one, { count: 1 })}, ${fill(m.spaces.roomsCount_one, { count: 1 })}`);
    await spaces.deactivate('Ground floor').click();
    await page.getByText('Ground floor still holds 1 zone, 1 desk and 1 room. Move or deactivate them first.', { exact: true }).waitFor();
    expect(await spaces.row('Ground floor').textContent()).toContain(m.spaces.inService);

    // Deactivating is undone in one tap.
    await spaces.openTab('desks');
    await spaces.deactivate('D1').click();
    await shell.notices.getByText(fill(m.spaces.deactivatedNotice, { name: 'D1' })).waitFor();
    await spaces.row('D1').waitFor({ state: 'detached' });
    await new MembersAdmin(page, m).undoButton.click();
    await spaces.row('D1').waitFor();
    expect(await spaces.row('D1').textContent()).toContain(m.spaces.inService);
  });

  for (const { lang, ...viewport } of CASES) {
    it(`shows whole and accessible at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const m = messages[lang];
      const at = (screen: string) => `host ${screen} at ${viewport.width}×${viewport.height} in ${lang}`;
      const { page } = await session.newMachine('host', { lang, viewport });
      const shell = new Shell(page, m);
      await MembersAdmin.loadDemo(page, m);
      await shell.goTo('spaces');
      const spaces = new Spaces(page, m);
      const check = async (screen: string) => {
        await expectLayoutFine(page, lang, at(screen), 'scrollsDown');
        expect(describeViolations(await seriousAxeViolations(page)), `axe on ${at(screen)}`).toBe('');
      };
      for (const [tab, add] of [['desks', 'addDesk'], ['rooms', 'addRoom'], ['zones', 'addFloor']] as const) {
        await spaces.openTab(tab);
        await spaces.table.getByRole('row').nth(1).waitFor();
        await check(`desks and rooms, ${tab}`);
        await spaces.addButton(add).click();
        await spaces.dialog.waitFor();
        await check(`desks and rooms, ${tab} editor`);
        await page.keyboard.press('Escape');
        await spaces.dialog.waitFor({ state: 'detached' });
      }
      // The editor of a fixed desk, with its member picker open.
      await spaces.openTab('desks');
      await spaces.addButton('addDesk').click();
      await spaces.dialog.getByRole('radio', { name: m.spaces.useFixed }).check();
      await spaces.dialog.getByRole('checkbox', { name: m.spaces.fieldOutOfService }).check();
      await check('desks and rooms, a fixed desk out of service');
    });
  }
});

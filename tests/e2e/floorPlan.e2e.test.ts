import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { escapeRegExp, fill, messages, type Messages } from './support/messages';
import { putRow, storedRows } from './support/pages/KioskData';
import { Shell } from './support/pages/Shell';
import { Spaces } from './support/pages/Spaces';
import { makePng } from './support/png';

const WALK_TIMEOUT_MS = 150_000;
const CASES = (['de', 'da', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }]);
const FLOOR = 'floor-ground';
const ZONE = 'zone-quiet';

/** An SVG that would set a flag if its script ever ran; drawn through an <img>, it never does. */
const SVG_WITH_SCRIPT = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1200" viewBox="0 0 2400 1200">
  <script>window.planScriptRan = true;</script>
  <rect width="2400" height="1200" fill="#f4f1e8"/><rect x="100" y="100" width="2200" height="1000" fill="none" stroke="#333" stroke-width="12"/>
  <image href="https://example.invalid/tracker.png" width="10" height="10"/>
</svg>`;

const desk = (id: string, code: string, extra: Record<string, unknown> = {}) => ({
  id, code, zoneId: FLOOR, features: [], active: true, fixedMemberId: null, outOfService: null, planPosition: null, ...extra,
});
const room = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, name, zoneId: ZONE, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members', planPosition: null, ...extra,
});
/** A booking in progress now for nobody checked in: the desk is booked today, not occupied. */
const bookingNow = (id: string, resourceId: string) => ({
  id, resourceKind: 'desk', resourceId, memberId: null, title: 'Visiting team', status: 'confirmed', rejection: null, confirmedAt: null, publicEvent: null,
  startsAt: new Date(Date.now() - 30 * 60_000).toISOString(), endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
});

/** The Floor plan tab of Desks & rooms. */
class FloorPlan {
  constructor(readonly page: Page, readonly m: Messages) {}

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.m.spaces.tabPlan, exact: true });
  }

  get surface(): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${escapeRegExp(fill(this.m.spaces.plan.planLabel, { floor: '' }))}`) });
  }

  /** A marker by its place and status word, as a screen reader hears it. */
  marker(name: string, status?: keyof Messages['spaces']['plan']['status']): Locator {
    const label = status ? fill(this.m.spaces.plan.marker, { name, status: this.m.spaces.plan.status[status] }) : name;
    return this.surface.getByRole('button', { name: status ? label : new RegExp(`^${escapeRegExp(name)}(: |$)`), exact: status !== undefined });
  }

  button(template: string, name?: string): Locator {
    return this.page.getByRole('button', { name: name === undefined ? template : fill(template, { name }), exact: true });
  }

  async upload(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    const plan = this.m.spaces.plan;
    await this.page.getByRole('button', { name: new RegExp(`^(${escapeRegExp(plan.upload)}|${escapeRegExp(plan.replace)})$`) }).click();
    await (await chooser).setFiles({ name, mimeType, buffer });
  }

  /** Where a marker's centre sits on the plan, as fractions of the drawn plan. */
  async whereIs(marker: Locator): Promise<{ x: number; y: number }> {
    const box = await this.surface.boundingBox();
    const own = await marker.boundingBox();
    if (!box || !own) throw new Error('not drawn');
    return { x: (own.x + own.width / 2 - box.x) / box.width, y: (own.y + own.height / 2 - box.y) / box.height };
  }
}

type StoredPlace = { code?: string; name?: string; planPosition?: { x: number; y: number } | null };
type StoredZone = { id: string; plan?: { image: string; width: number; height: number } | null };

const storedPosition = async (page: Page, code: string) => ((await storedRows(page, 'desks')) as StoredPlace[]).find((row) => row.code === code)?.planPosition ?? null;
const storedPlan = async (page: Page) => ((await storedRows(page, 'zones')) as StoredZone[]).find((row) => row.id === FLOOR)?.plan ?? null;

async function seedFloor(page: Page, plan: StoredZone['plan'] = null): Promise<void> {
  await putRow(page, 'zones', { id: FLOOR, name: 'Ground floor', kind: 'floor', parentId: null, quiet: false, active: true, plan });
  await putRow(page, 'zones', { id: ZONE, name: 'Quiet corner', kind: 'zone', parentId: FLOOR, quiet: true, active: true });
  await putRow(page, 'desks', desk('desk-d1', 'D1'));
  await putRow(page, 'desks', desk('desk-d2', 'D2'));
  await putRow(page, 'desks', desk('desk-d3', 'D3', { outOfService: 'The chair is broken', planPosition: { x: 0.5, y: 0.8 } }));
  await putRow(page, 'desks', desk('desk-elsewhere', 'U1', { zoneId: null }));
  await putRow(page, 'rooms', room('room-fjorden', 'Fjorden'));
  await putRow(page, 'bookings', bookingNow('booking-d2', 'desk-d2'));
  // D4 sits in a zone of the floor, booked by a member who is checked in now: occupied.
  await putRow(page, 'desks', desk('desk-d4', 'D4', { zoneId: ZONE, planPosition: { x: 0.85, y: 0.8 } }));
  await putRow(page, 'bookings', { ...bookingNow('booking-d4', 'desk-d4'), memberId: 'member-ada' });
  await putRow(page, 'checkIns', { id: 'checkin-ada', memberId: 'member-ada', kind: 'in', at: new Date(Date.now() - 20 * 60_000).toISOString(), method: 'host', bookingId: 'booking-d4' });
  await putRow(page, 'zones', { id: 'floor-first', name: 'Upper floor', kind: 'floor', parentId: null, quiet: false, active: true });
  await page.reload();
  await waitForApp(page);
}

async function openPlan(page: Page, m: Messages): Promise<FloorPlan> {
  await new Shell(page, m).goTo('spaces');
  await new Spaces(page, m).heading.waitFor();
  const plan = new FloorPlan(page, m);
  await plan.tab.click();
  return plan;
}

describe('a host draws the floor plan and reads it as a live view', () => {
  const session = useE2eSession();

  it('uploads a PNG and an SVG with a script (stored as a raster image), places desks by dragging and by keys, keeps them over a reload, removes one, and reads each status in words', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const t = m.spaces.plan;
    const { page } = await session.newMachine('host', { viewport: { width: 1280, height: 800 } });
    let plan = await openPlan(page, m);
    // No floor yet: said so, with the way out.
    await page.getByText(t.noFloorsTitle, { exact: true }).waitFor();
    await page.getByRole('tabpanel').getByRole('button', { name: m.spaces.addFloor, exact: true }).waitFor();

    await seedFloor(page);
    plan = await openPlan(page, m);
    await page.getByText(t.noPlanTitle, { exact: true }).waitFor();

    // A file that is not an image, and a broken PNG, are refused in plain words; nothing is stored.
    await plan.upload('notes.txt', 'text/plain', Buffer.from('hello'));
    await page.getByText(t.errors.type, { exact: true }).waitFor();
    await plan.upload('broken.png', 'image/png', Buffer.from('not really a png'));
    await page.getByText(t.errors.broken, { exact: true }).waitFor();
    expect(await storedPlan(page)).toBeNull();

    await plan.upload('plan.png', 'image/png', makePng(1000, 600));
    await plan.surface.waitFor();
    await expect.poll(async () => (await storedPlan(page))?.width).toBe(1000);
    expect((await storedPlan(page))?.image).toMatch(/^data:image\/(png|webp|jpeg);base64,/);

    // An SVG is drawn into a canvas: stored as a raster image, shrunk to 1600 px, and its script never ran.
    await plan.upload('plan.svg', 'image/svg+xml', Buffer.from(SVG_WITH_SCRIPT));
    await expect.poll(async () => (await storedPlan(page))?.width).toBe(1600);
    const stored = await storedPlan(page);
    expect(stored?.height).toBe(800);
    expect(stored?.image).toMatch(/^data:image\/(png|webp|jpeg);base64,[A-Za-z0-9+/=]+$/);
    expect(stored?.image.toLowerCase()).not.toContain('script');
    expect(await page.evaluate(() => (window as unknown as { planScriptRan?: boolean }).planScriptRan)).toBeUndefined();
    // An SVG that gives only a viewBox keeps its proportions.
    await plan.upload('drawn.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="400" height="300" fill="#dde"/></svg>'));
    await expect.poll(async () => { const drawn = await storedPlan(page); return drawn ? drawn.width / drawn.height : 0; }).toBeCloseTo(4 / 3, 2);
    await plan.upload('plan.svg', 'image/svg+xml', Buffer.from(SVG_WITH_SCRIPT));
    await expect.poll(async () => (await storedPlan(page))?.width).toBe(1600);

    // Only the floor's own places are offered: U1 is on no floor.
    const sidePanel = page.locator('.plan-side');
    expect(await sidePanel.textContent()).not.toContain('U1');
    await plan.button(t.placeNamed, 'Fjorden').waitFor();

    // By keys: Place, then arrows (Shift for big steps), Enter saves.
    await plan.button(t.placeNamed, 'D2').click();
    await expect.poll(() => plan.marker('D2').evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByText(fill(t.moveHelp, { name: 'D2' }), { exact: true }).waitFor();
    for (let step = 0; step < 5; step++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => storedPosition(page, 'D2')).toEqual({ x: 0.75, y: 0.49 });

    // Escape leaves a place that was not on the plan off it.
    await plan.button(t.placeNamed, 'Fjorden').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await plan.marker('Fjorden').waitFor({ state: 'detached' });
    expect(((await storedRows(page, 'rooms')) as StoredPlace[])[0]?.planPosition).toBeNull();

    // By pointer: D1 appears in the middle and is dragged to a quarter across, a third down
    // (the notices so far, which sit over the middle of the window, are dismissed first).
    const dismiss = page.getByRole('status').getByRole('button', { name: m.app.dismiss, exact: true });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await plan.button(t.placeNamed, 'D1').click();
    const box = await plan.surface.boundingBox();
    const start = await plan.marker('D1').boundingBox();
    if (!box || !start) throw new Error('plan not drawn');
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.33, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await storedPosition(page, 'D1'))?.x ?? 0).toBeCloseTo(0.25, 1);
    expect((await storedPosition(page, 'D1'))?.y ?? 0).toBeCloseTo(0.33, 1);

    // By touch: Fjorden is placed and dragged with a finger.
    await plan.button(t.placeNamed, 'Fjorden').click();
    const finger = await plan.marker('Fjorden').boundingBox();
    if (!finger) throw new Error('marker not drawn');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    };
    const from = { x: finger.x + finger.width / 2, y: finger.y + finger.height / 2 };
    const to = { x: box.x + box.width * 0.65, y: box.y + box.height * 0.2 };
    await touch('touchStart', from.x, from.y);
    for (let step = 1; step <= 8; step++) await touch('touchMove', from.x + ((to.x - from.x) * step) / 8, from.y + ((to.y - from.y) * step) / 8);
    await touch('touchEnd', to.x, to.y);
    const storedRoom = async () => ((await storedRows(page, 'rooms')) as StoredPlace[])[0]?.planPosition ?? null;
    await expect.poll(async () => (await storedRoom())?.x ?? 0).toBeCloseTo(0.65, 1);
    expect((await storedRoom())?.y ?? 0).toBeCloseTo(0.2, 1);

    // After a reload every marker is where it was left, and says what it is doing in words.
    await page.reload();
    await waitForApp(page);
    plan = await openPlan(page, m);
    const d1 = await plan.whereIs(plan.marker('D1', 'free'));
    expect(d1.x).toBeCloseTo(0.25, 1);
    expect(d1.y).toBeCloseTo(0.33, 1);
    const d2 = await plan.whereIs(plan.marker('D2', 'booked'));
    expect(d2.x).toBeCloseTo(0.75, 1);
    expect(d2.y).toBeCloseTo(0.49, 1);
    await plan.marker('D3', 'outOfService').waitFor();
    await plan.marker('D4', 'occupied').waitFor();
    const fjorden = await plan.whereIs(plan.marker('Fjorden', 'free'));
    expect(fjorden.x).toBeCloseTo(0.65, 1);
    expect(fjorden.y).toBeCloseTo(0.2, 1);
    // The legend says every status in words beside its sign.
    for (const word of Object.values(t.status)) await page.locator('.plan-legend').getByText(word, { exact: true }).waitFor();

    // Remove from plan: back in "Not on the plan yet", stored as no position.
    await plan.button(t.removeFromPlanNamed, 'D1').click();
    await plan.marker('D1').waitFor({ state: 'detached' });
    await plan.button(t.placeNamed, 'D1').waitFor();
    await expect.poll(() => storedPosition(page, 'D1')).toBeNull();

    // Removing the image is undone in one tap.
    await plan.button(t.removeImage).click();
    await page.getByText(t.noPlanTitle, { exact: true }).waitFor();
    const notice = page.getByRole('status').getByRole('listitem').filter({ hasText: fill(t.removedNotice, { floor: 'Ground floor' }) });
    await notice.getByRole('button', { name: m.app.undo, exact: true }).click();
    await plan.marker('D2', 'booked').waitFor();
    expect((await storedPlan(page))?.width).toBe(1600);

    // Another floor has its own plan, and none of this floor's places.
    await page.getByRole('combobox', { name: t.floorLabel, exact: true }).selectOption({ label: 'Upper floor' });
    await page.getByText(t.noPlanTitle, { exact: true }).waitFor();
    await plan.surface.waitFor({ state: 'detached' });
  });

  for (const { lang, ...viewport } of CASES) {
    it(`shows the plan whole and accessible at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const m = messages[lang];
      const t = m.spaces.plan;
      const at = (screen: string) => `host floor plan ${screen} at ${viewport.width}×${viewport.height} in ${lang}`;
      const { page } = await session.newMachine('host', { lang, viewport });
      const check = async (screen: string) => {
        await expectLayoutFine(page, lang, at(screen), 'scrollsDown');
        expect(describeViolations(await seriousAxeViolations(page)), `axe on ${at(screen)}`).toBe('');
      };
      await openPlan(page, m);
      await page.getByText(t.noFloorsTitle, { exact: true }).waitFor();
      await check('with no floor');
      await seedFloor(page);
      await openPlan(page, m);
      await page.getByText(t.noPlanTitle, { exact: true }).waitFor();
      await check('with no image');
      const image = `data:image/png;base64,${makePng(1200, 700).toString('base64')}`;
      await seedFloor(page, { image, width: 1200, height: 700 });
      await putRow(page, 'desks', desk('desk-d1', 'D1', { planPosition: { x: 0.2, y: 0.3 } }));
      await putRow(page, 'rooms', room('room-fjorden', 'Fjorden', { planPosition: { x: 0.7, y: 0.4 } }));
      await page.reload();
      await waitForApp(page);
      const plan = await openPlan(page, m);
      await plan.marker('D3', 'outOfService').waitFor();
      await plan.marker('D1', 'free').waitFor();
      await check('with places');
      await plan.button(t.placeNamed, 'D2').click();
      await plan.marker('D2', 'booked').waitFor();
      await check('moving a place');
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedInstant, zonedTimeOf } from '../time/zonedTime';
import { currentSlide, inDayWindow, nextSlide, planWall, type WallSlide } from './slidePlan';
import { defaultWallDisplay, wallDisplaySchema, wallSlideKinds, type WallDisplaySettings, type WallSlideKind } from './wallSettings';

const ZONE = 'Europe/Copenhagen';
const at = (time: string, date = '2026-12-04') => zonedInstant(date, time, ZONE);
const all = () => true;
const settings = (patch: Partial<WallDisplaySettings> = {}): WallDisplaySettings => ({ ...defaultWallDisplay, ...patch });

describe('planWall', () => {
  it('runs every slide with content, in the host’s order', () => {
    expect(planWall({ settings: settings(), now: at('10:00'), timeZone: ZONE, hasContent: all })).toEqual({ mode: 'slides', slides: [...wallSlideKinds] });
    const order = settings({ slides: [{ kind: 'projects', window: null }, { kind: 'events', window: null }] });
    expect(planWall({ settings: order, now: at('10:00'), timeZone: ZONE, hasContent: all })).toEqual({ mode: 'slides', slides: ['projects', 'events'] });
  });

  it('skips a slide with nothing to show, and welcomes when none has anything', () => {
    expect(planWall({ settings: settings(), now: at('10:00'), timeZone: ZONE, hasContent: (kind) => kind === 'inToday' })).toEqual({ mode: 'slides', slides: ['inToday'] });
    expect(planWall({ settings: settings(), now: at('10:00'), timeZone: ZONE, hasContent: () => false })).toEqual({ mode: 'slides', slides: ['welcome'] });
    expect(planWall({ settings: settings({ slides: [] }), now: at('10:00'), timeZone: ZONE, hasContent: all })).toEqual({ mode: 'slides', slides: ['welcome'] });
  });

  it('runs a slide only in its time of day, read on the hub’s clock', () => {
    const mornings = settings({ slides: [{ kind: 'events', window: { from: '07:00', until: '12:00' } }, { kind: 'projects', window: { from: '12:00', until: '18:00' } }] });
    const plan = (time: string) => planWall({ settings: mornings, now: at(time), timeZone: ZONE, hasContent: all });
    expect(plan('07:00')).toEqual({ mode: 'slides', slides: ['events'] });
    expect(plan('11:59')).toEqual({ mode: 'slides', slides: ['events'] });
    expect(plan('12:00')).toEqual({ mode: 'slides', slides: ['projects'] });
    expect(plan('20:00')).toEqual({ mode: 'slides', slides: ['welcome'] });
    // The same instant in another zone's words is another time of day.
    expect(planWall({ settings: mornings, now: at('08:00'), timeZone: 'America/New_York', hasContent: all })).toEqual({ mode: 'slides', slides: ['welcome'] });
  });

  it('goes dark in the dark hours, across midnight, before any notice', () => {
    const night = settings({ darkHours: { from: '22:00', until: '06:30' }, notice: { text: 'Water is off', until: at('23:59').toISOString() } });
    const plan = (time: string) => planWall({ settings: night, now: at(time), timeZone: ZONE, hasContent: all }).mode;
    expect(plan('22:00')).toBe('dark');
    expect(plan('03:00')).toBe('dark');
    expect(plan('06:29')).toBe('dark');
    expect(plan('06:30')).toBe('notice');
    expect(plan('21:59')).toBe('notice');
  });

  it('shows the urgent notice until its time, then the rotation again', () => {
    const urgent = settings({ notice: { text: 'The hub closes at 14 today', until: at('14:00').toISOString() } });
    expect(planWall({ settings: urgent, now: at('13:59'), timeZone: ZONE, hasContent: all })).toEqual({ mode: 'notice', text: 'The hub closes at 14 today', until: at('14:00').toISOString() });
    expect(planWall({ settings: urgent, now: at('14:00'), timeZone: ZONE, hasContent: all }).mode).toBe('slides');
  });
});

describe('nextSlide and currentSlide', () => {
  const order: WallSlide[] = [...wallSlideKinds];

  it('step through the rotation and wrap round', () => {
    const slides: WallSlide[] = ['events', 'inToday', 'projects'];
    expect(nextSlide(slides, null, order)).toBe('events');
    expect(nextSlide(slides, 'events', order)).toBe('inToday');
    expect(nextSlide(slides, 'projects', order)).toBe('events');
    expect(nextSlide(['welcome'], 'welcome', order)).toBe('welcome');
  });

  it('follow a slide that left the rotation with the one after its place', () => {
    expect(nextSlide(['events', 'projects'], 'newMembers', order)).toBe('projects');
    expect(nextSlide(['events', 'inToday'], 'projects', order)).toBe('events');
    expect(nextSlide(['events'], 'welcome', order)).toBe('events');
    expect(currentSlide(['events', 'projects'], 'newMembers', order)).toBe('projects');
    expect(currentSlide(['events', 'projects'], 'projects', order)).toBe('projects');
  });
});

const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const dayWindow = fc.tuple(clock, clock).filter(([from, until]) => from !== until).map(([from, until]) => ({ from, until }));
const slideList = fc.shuffledSubarray([...wallSlideKinds]).chain((kinds) => fc.tuple(...kinds.map(() => fc.option(dayWindow, { nil: null }))).map((windows) => kinds.map((kind, index) => ({ kind, window: windows[index] ?? null }))));
const wallSettings: fc.Arbitrary<WallDisplaySettings> = fc.record({
  slides: slideList,
  intervalSeconds: fc.integer({ min: 10, max: 300 }),
  notice: fc.option(fc.record({ text: fc.constant('Notice'), until: fc.integer({ min: 0, max: 2 * 86_400_000 }).map((ms) => new Date(at('00:00').getTime() + ms).toISOString()) }), { nil: null }),
  darkHours: fc.option(dayWindow, { nil: null }),
  theme: fc.constantFrom('dark' as const, 'light' as const),
});
const instant = fc.integer({ min: 0, max: 2 * 86_400_000 - 1 }).map((ms) => new Date(at('00:00').getTime() + ms));
const contentOf = fc.subarray([...wallSlideKinds]).map((kinds) => new Set<WallSlideKind>(kinds));

describe('the wall plan, for any settings, moment and content', () => {
  it('is valid settings, and shows only slides that are on, in their window, with content, in the host’s order, or the welcome alone', () => {
    fc.assert(fc.property(wallSettings, instant, contentOf, (wall, now, content) => {
      expect(wallDisplaySchema.safeParse(wall).success).toBe(true);
      const plan = planWall({ settings: wall, now, timeZone: ZONE, hasContent: (kind) => content.has(kind) });
      const time = zonedTimeOf(now, ZONE);
      if (wall.darkHours && inDayWindow(time, wall.darkHours)) {
        expect(plan.mode).toBe('dark');
        return;
      }
      if (wall.notice && Date.parse(wall.notice.until) > now.getTime()) {
        expect(plan.mode).toBe('notice');
        return;
      }
      if (plan.mode !== 'slides') throw new Error('expected slides');
      expect(plan.slides.length).toBeGreaterThan(0);
      if (plan.slides[0] === 'welcome') {
        expect(plan.slides).toEqual(['welcome']);
        expect(wall.slides.some((slide) => content.has(slide.kind) && (slide.window === null || inDayWindow(time, slide.window)))).toBe(false);
        return;
      }
      const places = plan.slides.map((kind) => wall.slides.findIndex((slide) => slide.kind === kind));
      expect(places.every((place) => place >= 0)).toBe(true);
      expect([...places].sort((a, b) => a - b)).toEqual(places);
      for (const kind of plan.slides) expect(content.has(kind as WallSlideKind)).toBe(true);
    }));
  });

  it('shows every slide of the rotation once before any again, whatever slide it starts from', () => {
    fc.assert(fc.property(fc.shuffledSubarray([...wallSlideKinds], { minLength: 1 }), fc.nat(), (slides, start) => {
      const order = [...wallSlideKinds];
      const rotation = [...slides].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      let shown: WallSlide = rotation[start % rotation.length] ?? 'welcome';
      const seen = [shown];
      for (let step = 1; step < rotation.length; step += 1) {
        shown = nextSlide(rotation, shown, order);
        seen.push(shown);
      }
      expect(new Set(seen).size).toBe(rotation.length);
      expect(nextSlide(rotation, shown, order)).toBe(seen[0]);
    }));
  });

  it('after a slide leaves the rotation, goes on with a slide of the rotation', () => {
    fc.assert(fc.property(fc.shuffledSubarray([...wallSlideKinds], { minLength: 1 }), fc.constantFrom<WallSlide>(...wallSlideKinds, 'welcome'), (slides, gone) => {
      const next = nextSlide(slides, gone, [...wallSlideKinds]);
      expect(slides).toContain(next);
    }));
  });
});

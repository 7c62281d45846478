import { useEffect, useMemo, useRef, useState } from 'react';
import { currentSlide, nextSlide, planWall, type WallPlan, type WallSlide } from '@core/wall/slidePlan';
import { wallDisplayOf, type WallDisplaySettings } from '@core/wall/wallSettings';
import { useCurrentTime } from '../../app/useCurrentTime';
import { useHubSettings } from '../../data/liveQueries';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { asOfMark } from './asOfMark';
import { useWallContent, type WallContent } from './useWallContent';

/** How often the wall reads its clock again for dark hours, time-of-day windows, a notice's end and the "as of" mark. */
const CLOCK_MS = 15_000;

export interface WallScreen {
  hubName: string;
  settings: WallDisplaySettings;
  plan: WallPlan;
  /** The slide on screen, and its place in the rotation (1-based). */
  current: WallSlide;
  position: { at: number; of: number };
  /** Goes up at every change of slide: the progress indicator starts again. */
  step: number;
  content: WallContent;
  now: Date;
  /** The moment the wall lost its hub, once that is two minutes ago; else null. */
  asOf: string | null;
}

/**
 * The wall's rotation: the plan of core/wall/slidePlan.ts from the host's settings, the hub's
 * clock and what each slide has to show, and one timer that moves to the next slide. The timer
 * is set once per slide and does not start again when live data changes (a check-in must not
 * keep a slide on screen longer).
 */
export function useWallScreen(): WallScreen {
  const hub = useHubSettings();
  const settings = wallDisplayOf(hub);
  const now = useCurrentTime(CLOCK_MS);
  const status = useSyncStatus();
  const { content, hasContent } = useWallContent(now);
  const plan = planWall({ settings, now, timeZone: hub.timeZone, hasContent });
  const slides = plan.mode === 'slides' ? plan.slides : [];
  const slidesKey = slides.join(',');
  const order = useMemo<WallSlide[]>(() => settings.slides.map((slide) => slide.kind), [settings.slides]);

  const [shown, setShown] = useState<WallSlide | null>(null);
  const [step, setStep] = useState(0);
  const current = currentSlide(slides, shown, order);
  // The timer reads the rotation as it is when it fires, not as it was when it was set.
  const latest = useRef({ slides, current, order });
  useEffect(() => { latest.current = { slides, current, order }; });

  const intervalMs = settings.intervalSeconds * 1000;
  const rotating = plan.mode === 'slides' && slidesKey !== '';
  useEffect(() => {
    if (!rotating) return undefined;
    const timer = window.setTimeout(() => {
      const { slides: now, current: from, order: by } = latest.current;
      setShown(nextSlide(now, from, by));
      setStep((value) => value + 1);
    }, intervalMs);
    return () => { window.clearTimeout(timer); };
  }, [step, intervalMs, rotating]);

  return {
    hubName: hub.name,
    settings,
    plan,
    current,
    position: { at: Math.max(1, slides.indexOf(current) + 1), of: Math.max(1, slides.length) },
    step,
    content,
    now,
    asOf: asOfMark(status, now),
  };
}

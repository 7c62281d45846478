import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wallSlideKinds } from '@core/wall/wallSettings';
import type { WallSlide } from '@core/wall/slidePlan';
import { useFormatting } from '../../app/formatting';
import { NoticeArea } from '../../app/NoticeArea';
import { useHubSettings } from '../../data/liveQueries';
import { useHostGesture } from '../kiosk/useHostGesture';
import { WallHostPin, WallHostSettings } from './WallHost';
import { SlideBody } from './WallSlides';
import { useWallScreen, type WallScreen } from './useWallScreen';
import './wall.css';

/** Every slide there is, each in a container of its own that stays: the DOM does not grow as the wall rotates. */
const ALL_SLIDES: readonly WallSlide[] = [...wallSlideKinds, 'welcome'];

/** The host's way in: a corner that does nothing on a tap or two, and opens the host PIN when held or tapped five times. */
function HostCorner({ onGesture }: { onGesture: () => void }) {
  const { t } = useTranslation();
  const gesture = useHostGesture(onGesture);
  return <button type="button" className="wall-host-corner" aria-label={t('wall.host.corner')} {...gesture} />;
}

function NoticeView({ text, until }: { text: string; until: string }) {
  const { t } = useTranslation();
  const format = useFormatting();
  return (
    <section className="wall-notice" aria-labelledby="wall-notice-title">
      <h1 id="wall-notice-title" className="wall-title"><span className="wall-notice-mark" aria-hidden="true" />{t('wall.notice.title')}</h1>
      <p className="wall-notice-text">{text}</p>
      <p className="wall-subtitle">{t('wall.notice.until', { time: format.timeOrDateTime(until) })}</p>
    </section>
  );
}

function Footer({ wall }: { wall: WallScreen }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { at, of } = wall.position;
  return (
    <footer className="wall-footer">
      <p className="wall-position" aria-label={t('wall.positionLabel', { at, of })}>{t('wall.position', { at, of })}</p>
      {/* Said once for the slide's codes, where it costs the cards no room. */}
      {wall.current === 'projects' && wall.content.projects.some((project) => project.address) && <p className="wall-hint">{t('wall.projects.scan')}</p>}
      {/* Restarted at every slide by its key: one element, replaced, never added to. */}
      <div className="wall-progress" aria-hidden="true">
        <span key={wall.step} style={{ animationDuration: `${String(wall.settings.intervalSeconds)}s` }} />
      </div>
      {wall.asOf && <p className="wall-as-of">{t('wall.asOf', { time: format.timeOfDay(wall.asOf) })}</p>}
      <p className="wall-clock"><time dateTime={wall.now.toISOString()}>{format.kioskTime(wall.now)}</time></p>
    </footer>
  );
}

function WallDisplay({ onHostGesture }: { onHostGesture: () => void }) {
  const { t } = useTranslation();
  const { town } = useHubSettings();
  const wall = useWallScreen();
  const { plan } = wall;
  return (
    <main id="main" className="wall" data-theme={wall.settings.theme} data-mode={plan.mode} aria-label={t('wall.screenTitle', { hub: wall.hubName })}>
      <HostCorner onGesture={onHostGesture} />
      {plan.mode === 'dark' && <p className="visually-hidden">{t('wall.dark')}</p>}
      {plan.mode === 'notice' && <NoticeView text={plan.text} until={plan.until} />}
      {/* Drawn all the time, also under a notice or in the dark: the next slide is ready before it shows. */}
      <div className="wall-stage">
        {ALL_SLIDES.map((slide) => {
          const shown = plan.mode === 'slides' && slide === wall.current;
          return (
            <section key={slide} className="wall-slide" data-slide={slide} data-shown={shown} aria-hidden={!shown} inert={!shown}>
              <SlideBody slide={slide} content={wall.content} now={wall.now} hubName={wall.hubName} town={town} />
            </section>
          );
        })}
      </div>
      {plan.mode === 'slides' && <Footer wall={wall} />}
    </main>
  );
}

/**
 * The wall display: full-screen slides for passers-by, with no control but the host's hidden
 * corner. Notices (a host's saved settings, a refused change) are shown only behind the host
 * PIN: the rotation never shows a toast, an error or a message meant for a host.
 */
export function WallApp() {
  const [host, setHost] = useState<'none' | 'pin' | 'settings'>('none');
  const back = () => { setHost('none'); };
  if (host === 'pin') return <WallHostPin onRight={() => { setHost('settings'); }} onCancel={back} />;
  if (host === 'settings') return <><WallHostSettings onBack={back} /><NoticeArea /></>;
  return <WallDisplay onHostGesture={() => { setHost('pin'); }} />;
}

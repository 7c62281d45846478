import { useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameraScanner } from './useCameraScanner';
import './scanner.css';

export interface CameraScannerProps {
  /** Called once for each new code the camera reads (the raw text; the kiosk decides what it is). */
  onCode: (code: string) => void;
  /** The camera runs only while this is true; false turns it (and its light) off. */
  active: boolean;
  /** What to do with the camera, shown only once its picture is live. */
  hint: string;
}

/**
 * The kiosk's camera preview, which reads a member card's QR code held up to it. If the camera
 * cannot be used it says why in plain words; the card reader and check-in by name still work.
 * A kiosk that has no camera at all says nothing about cameras: it offers only what it can do.
 */
export function CameraScanner({ onCode, active, hint }: CameraScannerProps): JSX.Element {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const { problem, live } = useCameraScanner(videoRef, { active, onCode });

  if (!active) return <></>;
  return (
    <section className="camera-scanner" aria-label={hint} hidden={problem === 'noCamera'}>
      {live && <p className="camera-scanner-hint muted">{hint}</p>}
      <video
        ref={videoRef}
        className="camera-scanner-preview"
        aria-label={t('scanner.cameraLabel')}
        hidden={problem !== null}
        muted
        playsInline
        autoPlay
      />
      {problem !== null && problem !== 'noCamera' && <p className="camera-scanner-problem" role="status">{t(`scanner.problems.${problem}`)}</p>}
      {problem === null && !live && <p className="camera-scanner-starting muted" role="status">{t('scanner.starting')}</p>}
    </section>
  );
}

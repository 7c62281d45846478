import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import {
  CodeDebouncer, DECODE_INTERVAL_MS, cameraProblemOf, decodeFrame, decodeSize, inversionFor, type CameraProblem,
} from './cameraFrames';

export interface CameraScannerState {
  /** Why the camera cannot be used, or null while it works (or is not needed). */
  problem: CameraProblem | null;
  /** True once the preview shows the camera's picture. */
  live: boolean;
}

/** The front camera, where a person standing at the kiosk holds up their card. */
async function openCamera(): Promise<MediaStream> {
  if (!('mediaDevices' in navigator)) {
    // Only secure origins (https, localhost, app://) get a camera at all.
    throw new DOMException('This browser offers no camera.', 'NotFoundError');
  }
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
}

/** Stopping every track is what turns the camera (and its light) off. */
function closeCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** Reads video frames into a small offscreen canvas and looks for a QR code in them. */
class FrameReader {
  private readonly canvas = document.createElement('canvas');
  private readonly context = this.canvas.getContext('2d', { willReadFrequently: true });
  private attempt = 0;

  read(video: HTMLVideoElement): string | null {
    const { width, height } = decodeSize(video.videoWidth, video.videoHeight);
    if (!this.context || width === 0 || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
    if (this.canvas.width !== width) this.canvas.width = width;
    if (this.canvas.height !== height) this.canvas.height = height;
    this.context.drawImage(video, 0, 0, width, height);
    const frame = this.context.getImageData(0, 0, width, height);
    const code = decodeFrame(frame, inversionFor(this.attempt));
    this.attempt = code === null ? this.attempt + 1 : 0;
    return code;
  }
}

interface ScanHandlers {
  onCode: (code: string) => void;
  onLive: (live: boolean) => void;
  onProblem: (problem: CameraProblem | null) => void;
}

/**
 * Opens the camera into `video` and reads a frame every DECODE_INTERVAL_MS; each code the
 * debouncer lets through goes to `onCode`. Returns the function that closes it all again.
 */
function startScanning(video: HTMLVideoElement, debouncer: CodeDebouncer, handlers: ScanHandlers): () => void {
  const closing = new AbortController();
  const stopped = () => closing.signal.aborted;
  const reader = new FrameReader();
  let stream: MediaStream | null = null;
  let timer: number | undefined;

  const readFrame = () => {
    if (stopped()) return;
    const code = reader.read(video);
    if (code !== null && debouncer.accept(code, performance.now())) handlers.onCode(code);
    timer = window.setTimeout(readFrame, DECODE_INTERVAL_MS);
  };

  const start = async () => {
    try {
      stream = await openCamera();
    } catch (error) {
      if (!stopped()) handlers.onProblem(cameraProblemOf(error));
      return;
    }
    if (stopped()) {
      closeCamera(stream);
      return;
    }
    video.srcObject = stream;
    // play() rejects when the preview is closed before it starts; closing is handled below.
    await video.play().catch(() => undefined);
    if (stopped()) return;
    handlers.onProblem(null);
    handlers.onLive(true);
    readFrame();
  };
  void start();

  return () => {
    closing.abort();
    window.clearTimeout(timer);
    closeCamera(stream);
    video.srcObject = null;
    handlers.onLive(false);
  };
}

/**
 * While `active`, shows the camera in `videoRef` and calls `onCode` with each new QR code it sees.
 * When inactive or unmounted the camera is closed, so its light goes off.
 */
export function useCameraScanner(
  videoRef: RefObject<HTMLVideoElement | null>,
  { active, onCode }: { active: boolean; onCode: (code: string) => void },
): CameraScannerState {
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [live, setLive] = useState(false);
  const [debouncer] = useState(() => new CodeDebouncer());
  const emit = useEffectEvent(onCode);

  useEffect(() => {
    const video = videoRef.current;
    if (!active || !video) return undefined;
    return startScanning(video, debouncer, { onCode: emit, onLive: setLive, onProblem: setProblem });
  }, [active, videoRef, debouncer]);

  return { problem, live };
}

import { useEffect, useState } from 'react';
import { qrImageUrl } from './cardQr';

/** The QR code of `text` as a PNG data URL; null while it is being drawn or when there is no text. */
export function useQrImage(text: string | null): string | null {
  const [image, setImage] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    if (text === null) return undefined;
    let current = true;
    qrImageUrl(text).then(
      (url) => { if (current) setImage({ text, url }); },
      () => { if (current) setImage(null); },
    );
    return () => { current = false; };
  }, [text]);
  // A replaced card must never show the old code, not even for one frame.
  return image && image.text === text ? image.url : null;
}

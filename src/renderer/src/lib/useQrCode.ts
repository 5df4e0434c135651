import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code of `text` as a PNG data URL, drawn here (nothing is fetched); null until it is drawn
 * and while `text` is null. Always the code of the current `text`, never of an earlier one.
 */
export function useQrCode(text: string | null, width = 600): string | null {
  const [qr, setQr] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    if (text === null) return;
    let current = true;
    void QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width }).then((url) => {
      if (current) setQr({ text, url });
    });
    return () => {
      current = false;
    };
  }, [text, width]);
  return qr && qr.text === text ? qr.url : null;
}

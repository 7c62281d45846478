import { useTranslation } from 'react-i18next';
import { storedGuestPurpose } from '@core/schemas';

/** A guest's purpose in the reader's language; words stored before purposes were codes, as they are. */
export function GuestPurpose({ purpose }: { purpose: string }) {
  const { t } = useTranslation();
  const stored = storedGuestPurpose(purpose);
  if (!stored) return null;
  const text = stored.kind === 'code' ? t(`presence.guestPurpose.${stored.code}`) : stored.text;
  return <span className="muted">{t('presence.purpose', { purpose: text })}</span>;
}

import { useTranslation } from 'react-i18next';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

export function MemberAvatar({ name, photo }: { name: string; photo: string | null }) {
  const { t } = useTranslation();
  if (photo) return <img className="avatar" src={photo} alt={t('member.photoOf', { name })} />;
  return <span className="avatar avatar-initials" aria-hidden="true">{initials(name)}</span>;
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import type { Notice } from '../store/uiSlice';

const NOTICE_SECONDS = 8;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useAppStore((state) => state.dismissNotice);
  useEffect(() => {
    // Errors and what asks for work stay until dismissed: a person must get the chance to read them.
    if (notice.kind === 'error' || notice.kind === 'attention') return undefined;
    const timer = window.setTimeout(() => { dismiss(notice.id); }, NOTICE_SECONDS * 1000);
    return () => { window.clearTimeout(timer); };
  }, [notice, dismiss]);
  return (
    <li className={`notice notice-${notice.kind}`}>
      <span>{notice.text}</span>
      {notice.undo && (
        <button type="button" onClick={() => { notice.undo?.(); dismiss(notice.id); }}>{t('app.undo')}</button>
      )}
      <button type="button" className="notice-close" aria-label={t('app.dismiss')} onClick={() => { dismiss(notice.id); }}>×</button>
    </li>
  );
}

export function NoticeArea() {
  const notices = useAppStore((state) => state.notices);
  return (
    <div className="notice-area" role="status" aria-live="polite">
      <ul>{notices.map((notice) => <NoticeItem key={notice.id} notice={notice} />)}</ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';

/** Shown when the app cannot start at all (no storage, a broken database). */
export function StartFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="start-failure">
      <h1>{t('app.startFailed')}</h1>
      <p>{t('app.startFailedHelp')}</p>
      <pre>{message}</pre>
    </main>
  );
}

import { useTranslation } from 'react-i18next';

export function SpacesScreen() {
  const { t } = useTranslation();
  return (
    <section className="spaces" aria-labelledby="spaces-title">
      <div className="section-heading">
        <h1 id="spaces-title">{t('spaces.title')}</h1>
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../data/projects/pinboardQueries';
import { useProjectExport } from './useProjectExport';

/** A host downloads the project's summary for a funder or the group: Markdown or PDF. */
export function ProjectExportButtons({ detail, skillNames }: { detail: ProjectDetail; skillNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const exports = useProjectExport(detail, skillNames);
  return (
    <div className="project-export" role="group" aria-label={t('pinboard.export.label')}>
      <button type="button" disabled={!exports.ready} onClick={exports.markdown}>{t('pinboard.export.markdown')}</button>
      <button type="button" disabled={!exports.ready} onClick={() => { void exports.pdf(); }}>{t('pinboard.export.pdf')}</button>
    </div>
  );
}

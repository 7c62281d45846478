import { useTranslation } from 'react-i18next';
import { approvalOf } from '@core/schemas';
import type { HoursRow } from '../../../data/projects/pinboardQueries';

const MARK = { approved: '✓ ', pending: '○ ' } as const;

/** Pending or approved, as a word and a shape: never by colour alone. */
export function ApprovalMark({ row }: { row: Pick<HoursRow, 'approval'> }) {
  const { t } = useTranslation();
  const approval = approvalOf(row);
  return (
    <span className={`approval approval-${approval}`}>
      <span aria-hidden="true">{MARK[approval]}</span>
      {t(`projectDetail.hours.state.${approval}`)}
    </span>
  );
}

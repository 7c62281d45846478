import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { projectSummary, type ProjectSummary } from '@core/projects/projectSummary';
import { downloadFile } from '../../../app/downloadFile';
import { useFormatting, type Formatters } from '../../../app/formatting';
import { useReportError } from '../../../app/useActionFeedback';
import { useMembersByIds } from '../../../data/liveQueries';
import { useCitizens, type ProjectDetail } from '../../../data/projects/pinboardQueries';
import { summaryMarkdown, type SummaryDocument } from './summaryDocument';
import { summaryPdf } from './summaryPdf';


function summaryDocumentOf(summary: ProjectSummary, t: TFunction, format: Formatters): SummaryDocument {
  const stage = t(`pinboard.stage.${summary.status}`);
  const lines: string[] = [t('pinboard.export.stage', { stage })];
  if (summary.place) lines.push(t('pinboard.export.place', { place: summary.place }));
  if (summary.owner) lines.push(t('pinboard.ownedBy', { name: summary.owner }));
  if (summary.skills.length > 0) lines.push(t('pinboard.export.skills', { skills: format.list(summary.skills) }));
  if (summary.tags.length > 0) lines.push(t('pinboard.export.tags', { tags: format.list(summary.tags) }));
  const people = summary.needsPeople === null ? t('pinboard.peopleIn', { count: summary.peopleIn }) : t(summary.peopleIn >= summary.needsPeople ? 'pinboard.peopleEnough' : 'pinboard.peopleOf', { count: summary.peopleIn, needed: summary.needsPeople });
  const { hours } = summary;
  return {
    title: summary.title,
    lines,
    sections: [
      { heading: t('pinboard.export.about'), paragraphs: [summary.pitch, summary.summary].filter((text) => text !== ''), items: [] },
      { heading: t('pinboard.group.title'), paragraphs: [people], items: summary.people.map((person) => t('pinboard.export.person', { name: person.name, role: t(`pinboard.group.role.${person.role}`) })) },
      {
        heading: t('pinboard.export.tasks'),
        paragraphs: summary.tasks.length === 0 ? [t('pinboard.export.noTasks')] : [],
        items: summary.tasks.map((task) => [
          task.title,
          t(`pinboard.export.taskStatus.${task.status}`),
          task.assignee,
          task.estimatedHours === null ? null : format.hours(task.estimatedHours),
          task.dueOn === null ? null : t('pinboard.export.due', { date: format.localDate(task.dueOn) }),
        ].filter((part): part is string => part !== null).join(' · ')),
      },
      {
        heading: t('pinboard.export.hours'),
        paragraphs: [t('pinboard.export.hoursTotal', { hours: format.hours(hours.total) })],
        items: [
          ...hours.byPerson.map((entry) => `${entry.name}: ${format.hours(entry.hours)}`),
          ...(hours.unnamed > 0 ? [t('pinboard.export.hoursUnnamed', { hours: format.hours(hours.unnamed) })] : []),
        ],
      },
    ],
  };
}

/** A file name from the title that every system accepts. */
const fileNameOf = (title: string, extension: string) => `${title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim().slice(0, 80) || 'project'}.${extension}`;

/** Downloads a project's summary (pitch, group, tasks, approved hours) as Markdown or PDF, for a host. */
export function useProjectExport(detail: ProjectDetail, skillNames: ReadonlyMap<string, string>) {
  const { t } = useTranslation();
  const format = useFormatting();
  const reportError = useReportError();
  const memberIds = [...detail.memberships.map((row) => row.memberId), ...detail.tasks.map((task) => task.assigneeMemberId), ...detail.hours.map((row) => row.memberId), detail.project.ownerMemberId];
  const members = useMembersByIds(memberIds.filter((id): id is string => id !== null));
  const citizens = useCitizens();
  const ready = members !== undefined && citizens !== undefined;
  const documentNow = () => {
    const byId = new Map((members ?? []).map((member) => [member.id, member]));
    const citizenNames = new Map((citizens ?? []).map((citizen) => [citizen.id, citizen.name]));
    return summaryDocumentOf(projectSummary({
      ...detail,
      nameOf: (person) => (person.memberId !== null ? byId.get(person.memberId)?.name : citizenNames.get(person.citizenId ?? '')),
      namesHours: (memberId) => byId.get(memberId)?.hoursByName === true,
      skillName: (id) => skillNames.get(id),
    }), t, format);
  };
  return {
    ready,
    markdown: () => { downloadFile(new Blob([summaryMarkdown(documentNow())], { type: 'text/markdown;charset=utf-8' }), fileNameOf(detail.project.title, 'md')); },
    pdf: async () => {
      try {
        downloadFile(await summaryPdf(documentNow(), format.language), fileNameOf(detail.project.title, 'pdf'));
      } catch (error) {
        reportError(error);
      }
    },
  };
}

import { useMemo, useState } from 'react';
import { guessMapping, hasNameColumn, type ColumnMapping, type ImportField } from '@core/memberImport/columns';
import type { ChosenEncoding } from '@core/memberImport/decodeCsv';
import { planImport, type ImportPlan } from '@core/memberImport/importPlan';
import { useDataContext } from '../../../app/services';
import { importMembers, useMembersForDuplicateCheck, type ImportOutcome } from '../../../data/memberImportRepo';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { readImportFile, tableFromBytes, type FileReadProblem, type LoadedFile } from './readImportFile';

export type ImportStep =
  | { name: 'choose'; reading: boolean; problem: { problem: FileReadProblem; fileName: string } | null }
  | { name: 'map' }
  | { name: 'preview' }
  | { name: 'importing'; done: number; total: number }
  | { name: 'done'; outcome: ImportOutcome };

const chooseStep: ImportStep = { name: 'choose', reading: false, problem: null };

/**
 * The import's steps: a file is read (choose), its columns matched to fields (map), the rows
 * sorted into ready, problems and duplicates against the members the hub has (preview), then
 * the ready rows and the duplicates the host ticked are written (importing, done).
 */
export function useMemberImport() {
  const context = useDataContext();
  const language = useUiLanguage();
  const [step, setStep] = useState<ImportStep>(chooseStep);
  const members = useMembersForDuplicateCheck(step.name === 'preview');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [includedDuplicates, setIncludedDuplicates] = useState<ReadonlySet<number>>(new Set());

  const loaded = (next: LoadedFile) => {
    setFile(next);
    setMapping(guessMapping(next.table.header));
    setIncludedDuplicates(new Set());
  };

  // Only the preview needs the plan; while importing it must not follow the members it writes.
  const plan: ImportPlan | null = useMemo(() => {
    if (step.name !== 'preview' || !file || !mapping || !members) return null;
    return planImport(file.table, mapping, members, context.now().toISOString().slice(0, 10));
  }, [step.name, file, mapping, members, context]);

  const chooseFile = async (chosen: File) => {
    setStep({ name: 'choose', reading: true, problem: null });
    const result = await readImportFile(chosen);
    if (result.kind === 'problem') {
      setStep({ name: 'choose', reading: false, problem: { problem: result.problem, fileName: result.name } });
      return;
    }
    loaded(result.file);
    setStep({ name: 'map' });
  };

  const chooseEncoding = (encoding: ChosenEncoding) => {
    if (!file) return;
    const result = tableFromBytes(file.name, file.bytes, encoding);
    if (result.kind === 'loaded') loaded(result.file);
    else setStep({ name: 'choose', reading: false, problem: { problem: result.problem, fileName: result.name } });
  };

  const mapField = (field: ImportField, column: number | null) => {
    setMapping((current) => (current ? { ...current, [field]: column } : current));
  };

  const toggleDuplicate = (rowNumber: number, include: boolean) => {
    setIncludedDuplicates((current) => {
      const next = new Set(current);
      if (include) next.add(rowNumber);
      else next.delete(rowNumber);
      return next;
    });
  };

  const toImport = plan
    ? [...plan.ready, ...plan.duplicates.filter((row) => includedDuplicates.has(row.rowNumber))]
      .sort((a, b) => a.rowNumber - b.rowNumber)
      .map((row) => row.member)
    : [];

  const startImport = async () => {
    const profiles = toImport;
    if (profiles.length === 0) return;
    setStep({ name: 'importing', done: 0, total: profiles.length });
    const outcome = await importMembers(context, profiles, language, (done, total) => { setStep({ name: 'importing', done, total }); });
    setStep({ name: 'done', outcome });
  };

  return {
    step, file, mapping, plan, includedDuplicates, importCount: toImport.length,
    chooseFile, chooseEncoding, mapField, toggleDuplicate, startImport,
    restart: () => { setFile(null); setMapping(null); setStep(chooseStep); },
    showMapping: () => { setStep({ name: 'map' }); },
    showPreview: () => { if (mapping && hasNameColumn(mapping)) setStep({ name: 'preview' }); },
  };
}
export type MemberImport = ReturnType<typeof useMemberImport>;

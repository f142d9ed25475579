import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Flex, Select, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { IMPORT_KINDS, type TImportKind } from '../../../domain/import/import-fields';
import type {
  TImportBatch,
  TImportCheck,
  TImportDraft,
  TImportSettings,
} from '../../../domain/import/import-batch';
import { headersAt } from '../../../domain/import/header-row';
import { checkImport, chooseSheet, importsKey, runImport } from '../../api/imports';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { errorText } from '../../forms/serverErrors';
import { useT } from '../../i18n/I18nProvider';
import { CheckStep } from './CheckStep';
import { ImportHistory } from './ImportHistory';
import { importPath } from './ImportLink';
import { MappingStep } from './MappingStep';
import { RunStep } from './RunStep';
import { UploadStep } from './UploadStep';

/**
 * 导入客户: upload → match columns → check the whole file → run with progress → result, rejected rows and undo.
 * The import history below reopens any earlier import's result.
 */
export function ImportPage() {
  const t = useT();
  const param = useParams().kind as TImportKind | undefined;
  const kind = param && IMPORT_KINDS.includes(param) ? param : 'customers';
  const words = t.imports.kinds[kind];
  const navigate = useNavigate();
  usePageTitle(words.title);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TImportDraft | null>(null);
  const [settings, setSettings] = useState<TImportSettings | null>(null);
  const [check, setCheck] = useState<TImportCheck | null>(null);
  const [running, setRunning] = useState<{ id: string; headers: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const headers = draft && settings ? headersAt(draft.rows, settings.headerRow) : [];

  const reset = () => {
    setDraft(null);
    setSettings(null);
    setCheck(null);
    setRunning(null);
  };
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      void message.error(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const uploaded = (next: TImportDraft) => {
    setDraft(next);
    setSettings(next.batch.settings);
    setCheck(null);
  };
  const runCheck = (s: TImportSettings) => act(async () => setCheck(await checkImport(draft!.batch.id, s)));
  const start = () =>
    act(async () => {
      await runImport(draft!.batch.id, settings!);
      setRunning({ id: draft!.batch.id, headers });
      void queryClient.invalidateQueries({ queryKey: importsKey });
    });
  const open = (batch: TImportBatch) => {
    reset();
    setRunning({ id: batch.id, headers: [] });
  };

  const step = running ? 3 : check ? 2 : draft ? 1 : 0;
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={words.title}
        subtitle={words.subtitle}
        extra={
          step === 0 && (
            <Select<TImportKind>
              value={kind}
              style={{ minWidth: 160 }}
              aria-label={t.imports.what}
              options={IMPORT_KINDS.map((k) => ({ value: k, label: t.imports.kinds[k].title }))}
              onChange={(next) => void navigate(importPath(next))}
            />
          )
        }
      />
      <Card>
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 24 }}
          items={(['upload', 'mapping', 'check', 'run'] as const).map((key) => ({
            title: t.imports.steps[key],
          }))}
        />
        {step === 0 && <UploadStep kind={kind} onUploaded={uploaded} />}
        {step === 1 && draft && settings && (
          <MappingStep
            draft={draft}
            settings={settings}
            onChange={setSettings}
            onSheet={(sheet) => void act(async () => uploaded(await chooseSheet(draft.batch.id, sheet)))}
            onNext={() => void runCheck(settings)}
            checking={busy}
          />
        )}
        {step === 2 && check && settings && (
          <CheckStep
            kind={kind}
            check={check}
            headers={headers}
            settings={settings}
            onChange={setSettings}
            onBack={() => setCheck(null)}
            onRecheck={() => void runCheck(settings)}
            onStart={() => void start()}
            busy={busy}
          />
        )}
        {step === 3 && running && <RunStep id={running.id} headers={running.headers} onAnother={reset} />}
      </Card>
      <ImportHistory kind={kind} onOpen={open} />
    </Flex>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ZUpdatePipelineInput, type TPipeline, type TStage } from '../../domain/pipeline';
import { localizeIssues } from '../../domain/validation-messages';
import { isApiError } from '../api/client';
import { dealsKey, listPipelines, pipelinesKey, updatePipeline } from '../api/deals';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useIsPhone } from '../components/useIsPhone';
import { errorText, relocated } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { PipelineStageList } from './PipelineStageList';
import {
  MAX_STAGES,
  newStageRow,
  restoreStopped,
  stageFieldOf,
  stageInUse,
  suggestedKey,
  toPipelineValues,
  toStagesInput,
  type TPipelineValues,
  type TStageRow,
} from './pipelineStages';
import { SettingsBlock } from './SettingsBlock';
import { useSaveErrorHandler } from './useSaveErrorHandler';

/** The stages of the workspace's pipeline (the first; a workspace has one), loaded before the form is made. */
export function PipelineStages() {
  const t = useT();
  const query = useQuery({ queryKey: pipelinesKey, queryFn: listPipelines });
  const pipeline = query.data?.[0];
  if (query.isError && !pipeline)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!pipeline) return <SectionLoading />;
  return (
    <SettingsBlock title={t.deals.settings.stages}>
      <StagesForm pipeline={pipeline} />
    </SettingsBlock>
  );
}

/** The whole list edited at once and saved as one, with the version it was loaded at. */
function StagesForm({ pipeline: fresh }: { pipeline: TPipeline }) {
  const t = useT();
  const s = t.deals.settings;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const editable = useCan()('pipelines.manage');
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<TPipelineValues>();
  // The pipeline the form edits: its version goes with the save; its stages tell saved ones from new ones.
  const [base, setBase] = useState(fresh);
  const [inUse, setInUse] = useState<{ text: string; stage: TStage | undefined } | null>(null);
  // Edited and not yet saved: the form keeps what the person did when the pipeline is read again.
  const dirty = useRef(false);
  const rows = () => (form.getFieldValue('stages') as TStageRow[] | undefined) ?? [];

  const show = useCallback(
    (pipeline: TPipeline) => {
      setBase(pipeline);
      setInUse(null);
      dirty.current = false;
      form.resetFields();
      form.setFieldValue('stages', toPipelineValues(pipeline).stages);
    },
    [form],
  );
  useEffect(() => {
    if (!dirty.current) show(fresh);
  }, [fresh, show]);

  const showCurrent = useCallback(
    (current: TPipeline) => {
      show(current);
      void queryClient.invalidateQueries({ queryKey: pipelinesKey });
    },
    [show, queryClient],
  );
  const handle = useSaveErrorHandler<TPipeline>(form, showCurrent);
  const save = useMutation({
    mutationFn: (stages: TStageRow[]) =>
      updatePipeline(base.id, { version: base.version, stages: toStagesInput(stages) }),
    onSuccess: (saved) => {
      queryClient.setQueryData<TPipeline[]>(pipelinesKey, (list) =>
        list?.map((p) => (p.id === saved.id ? saved : p)),
      );
      show(saved);
      // The board and the deal forms name stages and ask for their fields: they read the new list.
      void queryClient.invalidateQueries({ queryKey: pipelinesKey });
      void queryClient.invalidateQueries({ queryKey: dealsKey });
      void message.success(s.saved);
    },
    onError: (error, stages) => {
      if (isApiError(error) && error.code === 'STAGE_IN_USE') {
        const text = errorText(error, t);
        setInUse({ text, stage: stageInUse(base, stages, text) });
      } else handle(relocated(error, stageFieldOf));
    },
  });

  function change(stages: TStageRow[]) {
    form.setFieldValue('stages', stages);
    dirty.current = true;
  }

  function stopInstead(stage: TStage) {
    change(restoreStopped(base, rows(), stage));
    setInUse(null);
  }

  const stopButton = inUse?.stage && (
    <Button size="small" onClick={() => inUse.stage && stopInstead(inUse.stage)}>
      {s.stopInstead(inUse.stage.label)}
    </Button>
  );

  // One open, one won and one lost stage in use: the API's own check, in its words, before anything is sent.
  const kindsRule = {
    validator: async (_: unknown, stages: TStageRow[] | undefined) => {
      const result = ZUpdatePipelineInput.shape.stages.safeParse(toStagesInput(stages ?? []));
      if (result.success) return;
      const own = result.error.issues.filter((i) => i.code === 'custom' && i.path.length === 0);
      const [first] = localizeIssues(own, stages, locale);
      if (first) throw new Error(first.message);
    },
  };

  function onValuesChange(changed: Partial<TPipelineValues>) {
    dirty.current = true;
    // A new stage's key follows its English name until the person types a key of their own.
    changed.stages?.forEach((c, index) => {
      const row = rows()[index];
      if (c?.labels?.['en-US'] !== undefined && row && !row.saved && !row.keyTouched)
        form.setFieldValue(['stages', index, 'key'], suggestedKey(rows(), index));
    });
  }

  return (
    <Form<TPipelineValues>
      form={form}
      initialValues={toPipelineValues(fresh)}
      disabled={!editable || save.isPending}
      onValuesChange={onValuesChange}
      // The store, not onFinish's values: those hold only fields with an input, and a saved key has none.
      onFinish={() => save.mutate(rows())}
    >
      <Form.List name="stages" rules={[kindsRule]}>
        {(fields, { add, remove, move }, { errors }) => (
          <>
            <PipelineStageList
              fields={fields}
              editable={editable}
              onMove={(index, by) => {
                move(index, index + by);
                dirty.current = true;
              }}
              onRemove={(index) => {
                remove(index);
                dirty.current = true;
              }}
              onKeyTyped={(index) => form.setFieldValue(['stages', index, 'keyTouched'], true)}
            />
            {/* Inside a Form.Item, as antd lays out a list's own errors: in the error colour, under the button. */}
            <Form.Item style={{ marginBottom: 0 }} hidden={!editable && errors.length === 0}>
              {editable && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  block={isPhone}
                  disabled={fields.length >= MAX_STAGES}
                  onClick={() => {
                    add(newStageRow(rows()));
                    dirty.current = true;
                  }}
                >
                  {s.add}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '12px 0' }}>
        {s.archivedHelp}
      </Typography.Paragraph>
      {inUse && (
        <Alert
          type="error"
          showIcon
          title={inUse.text}
          closable={{ onClose: () => setInUse(null) }}
          style={{ marginBottom: 12 }}
          // On a phone the button goes under the words: beside them, both would be squeezed.
          action={isPhone ? undefined : stopButton}
          description={isPhone ? stopButton : undefined}
        />
      )}
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending} block={isPhone}>
          {t.common.save}
        </Button>
      )}
    </Form>
  );
}

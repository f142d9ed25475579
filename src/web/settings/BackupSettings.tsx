import { CloudUploadOutlined, ExportOutlined, SafetyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Tooltip, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { TBackupJob } from '../../domain/backup';
import { backupsKey, getBackups, startBackup, uploadBackup, WORKSPACE_EXPORT_URL } from '../api/backups';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { BackupJobProgress } from './BackupJobProgress';
import { BackupList } from './BackupList';
import { BackupScheduleForm } from './BackupScheduleForm';
import { SettingsBlock } from './SettingsBlock';

const running = (job: TBackupJob | null | undefined) => !!job && job.finishedAt === null;

/** 数据备份 (the owner's): back up now, the backups with download / restore / delete, and the daily schedule. */
export function BackupSettings() {
  const t = useT();
  const b = t.backups;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const overview = useQuery({
    queryKey: backupsKey,
    queryFn: getBackups,
    refetchInterval: (query) => (running(query.state.data?.job) ? 1000 : false),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: backupsKey });
  // The job this page started: its end is said once, however quickly it came (a small backup takes a moment).
  const watched = useRef<string | null>(null);
  const started = (job: TBackupJob) => {
    watched.current = job.startedAt;
    refresh();
  };
  const backup = useMutation({
    mutationFn: startBackup,
    onSuccess: started,
    onError: (error) => void message.error(errorText(error, t)),
  });
  const upload = useMutation({
    mutationFn: (file: File) => uploadBackup(file, setUploadPercent),
    onSuccess: (file) => {
      void message.success(b.uploaded(file.name));
      refresh();
    },
    onError: (error) => void message.error(errorText(error, t)),
    onSettled: () => setUploadPercent(null),
  });

  // A finished restore reloads everything: the data is another.
  const job = overview.data?.job;
  useEffect(() => {
    if (job && !running(job) && watched.current === job.startedAt) {
      watched.current = null;
      if (job.phase === 'failed') void message.error(b.job.failed(job.error ?? ''));
      else if (job.action === 'backup') void message.success(b.job.backupDone(job.name ?? ''));
      else {
        void message.success(b.job.restoreDone);
        setTimeout(() => window.location.reload(), 1500);
      }
    }
  }, [job, message, b]);

  if (overview.isError && !overview.data)
    return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  if (!data) return <SectionLoading />;
  const busy = running(data.job) || backup.isPending;

  return (
    <>
      <SettingsBlock>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 640 }}>
          {b.intro}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<SafetyOutlined />} loading={busy} onClick={() => backup.mutate()}>
            {b.backupNow}
          </Button>
          <Upload
            accept=".gz,.age"
            showUploadList={false}
            disabled={busy || upload.isPending}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button icon={<CloudUploadOutlined />} loading={upload.isPending}>
              {uploadPercent === null ? b.upload : `${b.upload} ${uploadPercent}%`}
            </Button>
          </Upload>
          <Tooltip title={b.exportAllHint}>
            <Button icon={<ExportOutlined />} href={WORKSPACE_EXPORT_URL} download>
              {b.exportAll}
            </Button>
          </Tooltip>
        </Flex>
        {data.job && running(data.job) && <BackupJobProgress job={data.job} />}
      </SettingsBlock>
      <SettingsBlock title={b.listTitle} plain>
        <BackupList backups={data.backups} busy={busy} onChanged={refresh} onRestoreStarted={started} />
      </SettingsBlock>
      <SettingsBlock title={b.schedule.title}>
        <BackupScheduleForm settings={data.settings} />
      </SettingsBlock>
    </>
  );
}

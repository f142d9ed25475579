import { Flex, Progress, Typography } from 'antd';
import type { TBackupJob } from '../../domain/backup';
import { useT } from '../i18n/I18nProvider';

/** What the running backup or restore is doing: tables, then files, then the check of the file. */
export function BackupJobProgress({ job }: { job: TBackupJob }) {
  const t = useT();
  const j = t.backups.job;
  const step =
    job.phase === 'tables'
      ? j.tables(job.done, job.total)
      : job.phase === 'files'
        ? j.files(job.done, job.total)
        : j.verify;
  const percent = job.phase === 'verify' ? 100 : job.total ? Math.floor((job.done / job.total) * 100) : 0;
  return (
    <Flex vertical gap={4} style={{ marginTop: 16, maxWidth: 520 }} role="status">
      <Typography.Text>
        {job.action === 'backup' ? j.backup : j.restore} · {step}
      </Typography.Text>
      <Progress percent={percent} status="active" />
    </Flex>
  );
}

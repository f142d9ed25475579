import {
  AudioOutlined,
  DeleteOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FileZipOutlined,
  PaperClipOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Typography, Upload, type UploadFile } from 'antd';
import { useState, type ReactNode } from 'react';
import { ATTACHMENT_ACCEPT, attachmentExtension } from '../../domain/attachment';
import { SERVICE_FOLLOW_UP_KIND, type TFollowUp } from '../../domain/follow-up';
import { attachmentUrl, deleteAttachment, uploadAttachment } from '../api/attachments';
import { isApiError } from '../api/client';
import { timelineKey } from '../api/follow-ups';
import { useCan, useSession } from '../auth/session';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/zh-CN';

/** Phones offer their camera only when images are accepted by type; anything else picked is refused below. */
export const PICKER_ACCEPT = `${ATTACHMENT_ACCEPT},image/*`;

/** Whether a picked file's extension is allowed, saying so when not (the server checks again, content included). */
export function isAllowedPick(file: File, t: Messages, showError: (text: string) => void): boolean {
  if (attachmentExtension(file.name)) return true;
  showError(t.followUps.attachments.notAllowed(file.name));
  return false;
}

/** The server's words name the file already (413, 415); anything else gets its name put in front. */
export function uploadErrorText(error: unknown, fileName: string, t: Messages): string {
  const field = isApiError(error) ? error.errors[0]?.message : undefined;
  return field ?? t.followUps.attachments.failed(fileName, errorText(error, t));
}

const ICONS: [RegExp, ReactNode][] = [
  [/pdf/, <FilePdfOutlined key="pdf" style={{ color: '#d4380d' }} />],
  [/^image\//, <FileImageOutlined key="image" style={{ color: '#08979c' }} />],
  [/word/, <FileWordOutlined key="word" style={{ color: '#1677ff' }} />],
  [/excel|sheet|csv/, <FileExcelOutlined key="excel" style={{ color: '#389e0d' }} />],
  [/powerpoint|presentation/, <FilePptOutlined key="ppt" style={{ color: '#d46b08' }} />],
  [/zip/, <FileZipOutlined key="zip" />],
  [/^text\//, <FileTextOutlined key="text" />],
  [/^audio\//, <AudioOutlined key="audio" />],
  [/^video\//, <VideoCameraOutlined key="video" />],
];

function iconOf(contentType: string): ReactNode {
  return ICONS.find(([pattern]) => pattern.test(contentType))?.[1] ?? <FileOutlined />;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** 附件 of one follow-up on the timeline: download links, and adding and deleting for those who may edit it. */
export function FollowUpAttachments({ followUp, customerId }: { followUp: TFollowUp; customerId: string }) {
  const t = useT();
  const ta = t.followUps.attachments;
  const can = useCan();
  const { user } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  // As on the server: the service role edits after-sales visits only.
  const editable =
    can('followUps.write') && (user.role !== 'service' || followUp.kind?.key === SERVICE_FOLLOW_UP_KIND);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: timelineKey(customerId) });
  const remove = useMutation({
    mutationFn: deleteAttachment,
    onSuccess: () => {
      refresh();
      void message.success(ta.deleted);
    },
    onError: (error) => void message.error(errorText(error, t)),
  });
  if (followUp.attachments.length === 0 && !editable) return null;
  return (
    <div className="keyi-attachments">
      {followUp.attachments.map((a) => (
        <Flex key={a.id} gap={6} align="center" wrap>
          {iconOf(a.contentType)}
          <Typography.Link href={attachmentUrl(a.id)} aria-label={ta.download(a.fileName)}>
            {a.fileName}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatSize(a.size)}
          </Typography.Text>
          {editable && (
            <Popconfirm title={ta.deleteConfirm} onConfirm={() => remove.mutate(a.id)}>
              <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={ta.delete} />
            </Popconfirm>
          )}
        </Flex>
      ))}
      {editable && (
        <Upload
          multiple
          accept={PICKER_ACCEPT}
          fileList={uploading}
          beforeUpload={(file) =>
            isAllowedPick(file, t, (text) => void message.error(text)) || Upload.LIST_IGNORE
          }
          // Finished uploads leave the list: they show up above once the timeline reloads.
          onChange={({ fileList }) => setUploading(fileList.filter((f) => f.status !== 'done'))}
          customRequest={({ file, onProgress, onSuccess, onError }) => {
            const picked = file as File;
            uploadAttachment(followUp.id, picked, (percent) => onProgress?.({ percent })).then(
              (created) => {
                onSuccess?.(created);
                refresh();
              },
              (error: unknown) => {
                const text = uploadErrorText(error, picked.name, t);
                void message.error(text);
                onError?.(new Error(text));
              },
            );
          }}
        >
          <Button type="link" size="small" style={{ paddingInline: 0 }} icon={<PaperClipOutlined />}>
            {ta.add}
          </Button>
        </Upload>
      )}
    </div>
  );
}

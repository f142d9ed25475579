import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import type { TAttachment } from '../../domain/attachment';
import type { TContract } from '../../domain/contract';
import { attachmentUrl, deleteAttachment } from '../api/attachments';
import { uploadContractFile } from '../api/contracts';
import { formatSize, isAllowedPick, PICKER_ACCEPT, uploadErrorText } from '../follow-ups/FollowUpAttachments';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { useRefreshContracts } from './useContractData';

/** The signed copy as download links (the session cookie authorises a plain link). */
export function ContractFileLinks({ files }: { files: TAttachment[] }) {
  const t = useT();
  if (files.length === 0) return null;
  return (
    <Flex vertical gap={2} className="keyi-contract-files">
      {files.map((a) => (
        <Typography.Link
          key={a.id}
          href={attachmentUrl(a.id)}
          aria-label={t.followUps.attachments.download(a.fileName)}
        >
          <PaperClipOutlined /> {a.fileName}
        </Typography.Link>
      ))}
    </Flex>
  );
}

/**
 * A saved contract's files in its form: each goes up as soon as it is picked and is deleted at once (to the recycle
 * bin), like a follow-up's; neither waits for 保存, and neither makes the contract's version stale.
 */
export function ContractFiles({ contract }: { contract: TContract }) {
  const t = useT();
  const ta = t.followUps.attachments;
  const { message } = App.useApp();
  const refresh = useRefreshContracts();
  const [files, setFiles] = useState(contract.attachments);
  const [uploading, setUploading] = useState<UploadFile[]>([]);

  async function remove(id: string) {
    try {
      await deleteAttachment(id);
      setFiles((list) => list.filter((a) => a.id !== id));
      refresh();
      void message.success(ta.deleted);
    } catch (error) {
      void message.error(errorText(error, t));
    }
  }

  return (
    <>
      {files.map((a) => (
        <Flex key={a.id} gap={6} align="center">
          <ContractFileLinks files={[a]} />
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {formatSize(a.size)}
          </Typography.Text>
          <Popconfirm title={ta.deleteConfirm} onConfirm={() => void remove(a.id)}>
            <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={ta.delete} />
          </Popconfirm>
        </Flex>
      ))}
      <Upload
        multiple
        accept={PICKER_ACCEPT}
        fileList={uploading}
        beforeUpload={(file) =>
          isAllowedPick(file, t, (text) => void message.error(text)) || Upload.LIST_IGNORE
        }
        // Finished uploads leave the progress list and join the files above.
        onChange={({ fileList }) => setUploading(fileList.filter((f) => f.status !== 'done'))}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const picked = file as File;
          uploadContractFile(contract.id, picked, (percent) => onProgress?.({ percent })).then(
            (created) => {
              setFiles((list) => [...list, ...created]);
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
        <Button icon={<UploadOutlined />}>{t.contracts.fields.upload}</Button>
      </Upload>
    </>
  );
}

/** Files picked for a contract not saved yet: they wait in the list and go up once it has an id. */
export function useFileQueue() {
  const t = useT();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const patch = (uid: string, change: Partial<UploadFile>) =>
    setFiles((list) => list.map((f) => (f.uid === uid ? { ...f, ...change } : f)));

  /** A file that fails does not undo the saved contract: it is reported, and can be added from its form. */
  async function uploadTo(contractId: string): Promise<void> {
    for (const file of files) {
      if (!file.originFileObj) continue;
      patch(file.uid, { status: 'uploading', percent: 0 });
      try {
        await uploadContractFile(contractId, file.originFileObj, (percent) => patch(file.uid, { percent }));
        patch(file.uid, { status: 'done', percent: 100 });
      } catch (error) {
        patch(file.uid, { status: 'error' });
        void message.error(uploadErrorText(error, file.name, t));
      }
    }
  }

  const picker = (
    <Upload
      multiple
      accept={PICKER_ACCEPT}
      fileList={files}
      // false: keep the file in the list; it is sent once the contract is saved.
      beforeUpload={(file) =>
        isAllowedPick(file, t, (text) => void message.error(text)) ? false : Upload.LIST_IGNORE
      }
      onChange={({ fileList }) => setFiles(fileList)}
    >
      <Button icon={<UploadOutlined />}>{t.contracts.fields.upload}</Button>
    </Upload>
  );
  return { picker, uploadTo };
}

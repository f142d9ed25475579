import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { uploadAttachment } from '../api/attachments';
import { useT } from '../i18n/I18nProvider';
import { isAllowedPick, PICKER_ACCEPT, uploadErrorText } from './FollowUpAttachments';

export interface AttachmentQueue {
  files: UploadFile[];
  setFiles: (files: UploadFile[]) => void;
  busy: boolean;
  /** Waits for the follow-up to be created, then uploads the picked files to it, one by one, and returns it. */
  uploadTo<T extends { id: string }>(creating: Promise<T>): Promise<T>;
}

/**
 * Files picked in the quick log before the follow-up exists: they wait here and go up once it is saved (its id is
 * needed), with their progress on the list. A file that fails does not undo the saved follow-up: it is reported, and
 * can be attached again from the timeline.
 */
export function useAttachmentQueue(): AttachmentQueue {
  const t = useT();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const patch = (uid: string, change: Partial<UploadFile>) =>
    setFiles((list) => list.map((f) => (f.uid === uid ? { ...f, ...change } : f)));

  async function uploadTo<T extends { id: string }>(creating: Promise<T>): Promise<T> {
    const created = await creating;
    setBusy(true);
    let failed = false;
    for (const file of files) {
      if (!file.originFileObj) continue;
      patch(file.uid, { status: 'uploading', percent: 0 });
      try {
        await uploadAttachment(created.id, file.originFileObj, (percent) => patch(file.uid, { percent }));
        patch(file.uid, { status: 'done', percent: 100 });
      } catch (error) {
        failed = true;
        patch(file.uid, { status: 'error' });
        void message.error(uploadErrorText(error, file.name, t));
      }
    }
    setBusy(false);
    if (failed) void message.warning(t.followUps.attachments.retryLater);
    return created;
  }

  return { files, setFiles, busy, uploadTo };
}

/** 添加附件 in the quick log: opens the file picker (and, on a phone, the camera). */
export function AttachmentPicker({ queue }: { queue: AttachmentQueue }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Upload
      multiple
      accept={PICKER_ACCEPT}
      fileList={queue.files}
      // false: keep the file in the list; it is sent once the follow-up is saved.
      beforeUpload={(file) =>
        isAllowedPick(file, t, (text) => void message.error(text)) ? false : Upload.LIST_IGNORE
      }
      onChange={({ fileList }) => queue.setFiles(fileList)}
      showUploadList={{ showRemoveIcon: !queue.busy }}
    >
      <Button icon={<PaperClipOutlined />} disabled={queue.busy} style={{ marginBottom: 12 }}>
        {t.followUps.attachments.add}
      </Button>
    </Upload>
  );
}

import { SnippetsOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PASTE_MAX_CHARS, type TFollowUpProposal } from '../../domain/paste-to-log/proposal';
import { useDictionaries } from '../api/dictionaries';
import { parsePastedText } from '../api/follow-ups';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

/**
 * The quick log's fields from a proposal. Only what was found is set; the summary and commitments are added to what the
 * user already typed rather than replacing it.
 */
function fieldsOf(proposal: TFollowUpProposal, current: { summary?: string; commitments?: unknown[] }) {
  const { at, method, kind, summary, attitude, commitments, nextDate } = proposal;
  return {
    ...(at && { at: dayjs(at) }),
    ...(method && { method }),
    ...(kind && { kind }),
    ...(attitude && { attitude }),
    ...(nextDate && { nextDate: dayjs(nextDate) }),
    ...(summary && { summary: current.summary?.trim() ? `${current.summary.trim()}\n${summary}` : summary }),
    ...(commitments?.length && {
      commitments: [
        ...(current.commitments ?? []),
        ...commitments.map((c) => ({ ...c, dueDate: c.dueDate ? dayjs(c.dueDate) : null, done: false })),
      ],
    }),
  };
}

/**
 * 粘贴识别: the user pastes a WeChat chat or a call transcript, the server proposes the follow-up, the form is filled in
 * and what was recognised is shown, for the user to correct and save. Rendered inside the quick log's form.
 */
export function PasteToLog({ onApplied }: { onApplied: (proposal: TFollowUpProposal) => void }) {
  const t = useT();
  const p = t.followUps.paste;
  const f = t.followUps.fields;
  const form = Form.useFormInstance();
  const dicts = useDictionaries();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [found, setFound] = useState<string[] | null>(null);

  const recognise = useMutation({
    mutationFn: parsePastedText,
    onSuccess: (proposal) => {
      form.setFieldsValue(fieldsOf(proposal, form.getFieldsValue(['summary', 'commitments'])));
      const { at, method, kind, attitude, commitments, nextDate } = proposal;
      setFound(
        [
          at && `${f.at} ${dayjs(at).format('MM-DD HH:mm')}`,
          method && `${f.method} ${dicts.label('followUpMethod', method)}`,
          kind && `${f.kind} ${dicts.label('followUpKind', kind)}`,
          attitude && `${f.attitude} ${t.followUps.attitudes[attitude]}`,
          commitments?.length && p.commitments(commitments.length),
          nextDate && `${f.nextDate} ${dayjs(nextDate).format('MM-DD')}`,
        ].filter((x): x is string => typeof x === 'string'),
      );
      onApplied(proposal);
    },
  });

  if (!open)
    return (
      <Button
        type="link"
        icon={<SnippetsOutlined />}
        style={{ paddingInline: 0 }}
        onClick={() => setOpen(true)}
      >
        {p.open}
      </Button>
    );
  return (
    <Card size="small" title={p.title} style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{p.hint}</Typography.Text>
        <Input.TextArea
          aria-label={p.title}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={p.placeholder}
          autoSize={{ minRows: 4, maxRows: 10 }}
          maxLength={PASTE_MAX_CHARS}
          autoFocus
        />
        {recognise.isError && <Alert type="error" showIcon message={errorText(recognise.error, t)} />}
        {found && (
          <Alert
            type={found.length ? 'success' : 'info'}
            showIcon
            message={found.length ? p.found(found.join(' · ')) : p.nothing}
          />
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={() => setOpen(false)}>{p.close}</Button>
          <Button
            type="primary"
            disabled={!text.trim()}
            loading={recognise.isPending}
            onClick={() => recognise.mutate(text)}
          >
            {p.recognise}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

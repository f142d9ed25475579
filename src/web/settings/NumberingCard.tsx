import { Alert, App, Button, Flex, Form, Input, Tooltip, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useRef } from 'react';
import { todayIn } from '../../domain/dates';
import { DEFAULT_CUSTOMER_NUMBER_PATTERN } from '../../domain/numbering';
import { ZWorkspaceSettings, type TWorkspace } from '../../domain/workspace';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import {
  hasSequence,
  insertToken,
  MAX_PATTERN_LENGTH,
  NUMBER_TOKENS,
  previewNumbers,
} from './numberingPattern';
import { RulesCard } from './RulesCard';
import { useWorkspaceSettingsSave } from './useWorkspaceSettingsSave';

type Values = { customerNumberPattern: string };

const FIELD = 'customerNumberPattern';
/** The industry code the preview numbers with: the first of the default industries (信息技术服务). */
const EXAMPLE_INDUSTRY = 'IT';
const mono = { fontFamily: 'var(--keyi-mono)' };

const toValues = (ws: TWorkspace): Values => ({ customerNumberPattern: ws.settings.customerNumberPattern });

/** 客户编号规则: the pattern new customer numbers are made from; existing numbers never change. */
export function NumberingCard({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const n = t.customerRules.numbering;
  const { message } = App.useApp();
  const rules = useZodRules(ZWorkspaceSettings);
  const [form] = Form.useForm<Values>();
  const pattern = Form.useWatch(FIELD, form) ?? workspace.settings.customerNumberPattern;
  const { save, markDirty } = useWorkspaceSettingsSave({ form, workspace, toValues, savedText: n.saved });
  const input = useRef<InputRef>(null);
  // Where the caret was when the box last had it; a chip clicked before that appends.
  const selection = useRef<{ start: number; end: number } | null>(null);

  const today = todayIn(workspace.timeZone);
  const numbers = previewNumbers(pattern, { date: today, industry: EXAMPLE_INDUSTRY });

  function change(value: string) {
    form.setFieldValue(FIELD, value);
    markDirty();
    void form.validateFields([FIELD]).catch(() => undefined);
  }

  function insert(token: string) {
    const { value, caret } = insertToken(pattern, token, selection.current);
    change(value);
    selection.current = { start: caret, end: caret };
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(caret, caret);
    });
  }

  function restoreDefault() {
    change(DEFAULT_CUSTOMER_NUMBER_PATTERN);
    selection.current = null;
    void message.info(n.restored);
  }

  const seqTaken = hasSequence(pattern);

  return (
    <RulesCard<Values>
      title={n.title}
      explain={n.explain}
      form={form}
      initialValues={toValues(workspace)}
      saving={save.isPending}
      onValuesChange={markDirty}
      onFinish={(values) => save.mutate({ customerNumberPattern: values.customerNumberPattern.trim() })}
      maxWidth={560}
      restore={{ text: n.restore, onClick: restoreDefault }}
    >
      <Form.Item name={FIELD} label={n.pattern} rules={rules(FIELD)} extra={n.help}>
        <Input
          ref={input}
          style={mono}
          spellCheck={false}
          autoComplete="off"
          count={{ show: true, max: MAX_PATTERN_LENGTH }}
          onSelect={(e) => {
            const { selectionStart, selectionEnd } = e.currentTarget;
            if (selectionStart !== null)
              selection.current = { start: selectionStart, end: selectionEnd ?? selectionStart };
          }}
        />
      </Form.Item>
      <Flex vertical gap={8} style={{ margin: '8px 0 24px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {n.insert}
        </Typography.Text>
        <Flex gap={8} wrap>
          {NUMBER_TOKENS.map((token) => {
            const taken = token === '{SEQ:3}' && seqTaken;
            const chip = (
              <Button
                key={token}
                size="small"
                disabled={taken}
                aria-label={n.insertToken(token, n.tokens[token])}
                onClick={() => insert(token)}
              >
                <span style={mono}>{token}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.tokens[token]}
                </Typography.Text>
              </Button>
            );
            return taken ? (
              <Tooltip key={token} title={n.seqTaken}>
                <span>{chip}</span>
              </Tooltip>
            ) : (
              chip
            );
          })}
        </Flex>
      </Flex>
      <div style={{ marginBottom: 16 }} aria-live="polite">
        <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
          {n.preview}
        </Typography.Text>
        {numbers ? (
          <>
            <Flex gap={8} wrap align="center">
              {numbers.map((number) => (
                <Typography.Text key={number} code style={{ fontSize: 14 }}>
                  {number}
                </Typography.Text>
              ))}
            </Flex>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '6px 0 0' }}>
              {n.previewContext(today, pattern.includes('{IND}'))}
            </Typography.Paragraph>
          </>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {n.invalid}
          </Typography.Text>
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '6px 0 0' }}>
          {n.counter}
        </Typography.Paragraph>
      </div>
      <Alert type="info" showIcon title={n.note} style={{ marginBottom: 24 }} />
    </RulesCard>
  );
}

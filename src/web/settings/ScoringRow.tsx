import { Flex, Form } from 'antd';
import type { ReactNode } from 'react';

/**
 * One line of the scoring card: a name at a fixed width so the weights and thresholds line up, then the
 * controls, with their errors under the controls rather than under the name.
 */
export function ScoringRow(props: {
  label: ReactNode;
  htmlFor: string;
  labelWidth: number;
  children: ReactNode;
}) {
  const { label, htmlFor, labelWidth, children } = props;
  return (
    <Flex align="flex-start" gap={12} style={{ marginBottom: 12 }}>
      <label
        htmlFor={htmlFor}
        style={{ flex: `0 0 ${labelWidth}px`, display: 'flex', alignItems: 'center', minHeight: 32 }}
      >
        {label}
      </label>
      <Form.Item style={{ marginBottom: 0, flex: 1, minWidth: 0 }}>{children}</Form.Item>
    </Flex>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import type { TDealLine, TDealLineInput } from '../../domain/deal';
import { formatYuan, lineAmount, sumFen } from '../../domain/money';
import { toFen, toYuan } from '../customers/money';
import { useLocale, useT } from '../i18n/I18nProvider';
import { MoneyInput } from './MoneyInput';

export interface LineValues {
  name?: string;
  quantity?: number | null;
  unitPrice?: number | null;
}

const quantityText = (q: number | null | undefined) => (q == null ? '' : String(Number(q.toFixed(3))));

/** Complete lines as the API takes them (quantity as text, price in fen); half-typed rows are left out. */
export function linesInput(lines: LineValues[] | undefined): TDealLineInput[] {
  return (lines ?? [])
    .filter((l) => l.name?.trim() && l.quantity && l.unitPrice != null)
    .map((l) => ({
      name: l.name?.trim() ?? '',
      quantity: quantityText(l.quantity),
      unitPrice: toFen(l.unitPrice) ?? 0,
    }));
}

export const linesValues = (lines: TDealLine[]): LineValues[] =>
  lines.map((l) => ({ name: l.name, quantity: Number(l.quantity), unitPrice: toYuan(l.unitPrice) }));

/** 产品/服务明细: each line's amount and the total computed as the server does (lineAmount, in fen). */
export function DealLinesField() {
  const t = useT();
  const f = t.deals.fields;
  const [locale] = useLocale();
  const lines = Form.useWatch<LineValues[] | undefined>('lines');
  const amounts = linesInput(lines).map((l) => lineAmount(l.quantity, l.unitPrice));
  return (
    <Form.Item label={f.lines} style={{ marginBottom: 8 }}>
      <Form.List name="lines">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row, index) => {
              const line = lines?.[index];
              const amount =
                line?.quantity && line.unitPrice != null
                  ? lineAmount(quantityText(line.quantity), toFen(line.unitPrice) ?? 0)
                  : null;
              return (
                <Flex key={row.key} gap={8} align="baseline" wrap className="keyi-deal-line">
                  <Form.Item name={[row.name, 'name']} noStyle rules={[{ required: true, whitespace: true }]}>
                    <Input placeholder={f.lineName} maxLength={200} style={{ flex: '2 1 160px' }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'quantity']} noStyle rules={[{ required: true }]}>
                    <InputNumber<number>
                      placeholder={f.quantity}
                      min={0.001}
                      precision={3}
                      style={{ flex: '1 1 80px' }}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'unitPrice']} noStyle rules={[{ required: true }]}>
                    <MoneyInput placeholder={t.deals.inYuan(f.unitPrice)} style={{ flex: '1 1 110px' }} />
                  </Form.Item>
                  <Typography.Text type="secondary" style={{ minWidth: 90, textAlign: 'right' }}>
                    {amount === null ? '—' : formatYuan(amount, locale)}
                  </Typography.Text>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t.common.delete}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              );
            })}
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })}>
                {f.addLine}
              </Button>
              {amounts.length > 0 && (
                <Typography.Text strong>{f.linesTotal(formatYuan(sumFen(amounts), locale))}</Typography.Text>
              )}
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Select, Typography } from 'antd';
import { formatYuan } from '../../domain/money';
import { milestoneCode } from '../../domain/project';
import { toFen } from '../customers/money';
import { useIsPhone } from '../components/useIsPhone';
import { MoneyInput } from '../deals/MoneyInput';
import { useLocale, useT } from '../i18n/I18nProvider';
import type { InstallmentRowValues, ProjectValues } from './projectForm';
import { shareText } from './projectText';

/**
 * The installments of a new project: each due by a date or after one of the milestones typed above ("M2 完成后"),
 * with its share of the contract beside the amount and the sum against the contract below, as a person checks
 * 30/40/30 while typing.
 */
export function InstallmentRows() {
  const t = useT();
  const i = t.projects.installments;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const form = Form.useFormInstance<ProjectValues>();
  const milestones = Form.useWatch('milestones', form) ?? [];
  const rowsValue = Form.useWatch<InstallmentRowValues[] | undefined>('installments', form) ?? [];
  const contract = toFen(Form.useWatch('contractAmount', form)) ?? 0;
  const total = rowsValue.reduce((sum, row) => sum + (toFen(row?.amountDue) ?? 0), 0);
  const dueOptions = [
    { value: 'date', label: i.byDate },
    ...milestones.map((_, n) => ({ value: String(n + 1), label: i.byMilestone(milestoneCode(n + 1)) })),
  ];
  const required = { required: true, message: t.common.required };
  return (
    <Form.List name="installments">
      {(rows, { add, remove }) => (
        <div className="keyi-project-rows">
          {rows.map((row, index) => {
            const label = t.projects.form.installmentN(index + 1);
            const value = rowsValue[index];
            const share = value?.amountDue ? shareText(toFen(value.amountDue) ?? 0, contract) : '';
            return (
              <div key={row.key} className="keyi-project-row">
                <Form.Item
                  name={[row.name, 'name']}
                  rules={[{ ...required, whitespace: true }]}
                  className="keyi-project-inst-name"
                >
                  <AutoComplete
                    aria-label={`${label} ${i.name}`}
                    placeholder={i.name}
                    options={i.names.map((n) => ({ value: n }))}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'amountDue']} rules={[required]} className="keyi-project-amount">
                  <MoneyInput
                    aria-label={`${label} ${t.projects.inYuan(i.amountDue)}`}
                    placeholder={t.projects.inYuan(i.amountDue)}
                    min={0.01}
                    suffix={share && <Typography.Text type="secondary">{share}%</Typography.Text>}
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'due']}
                  rules={[
                    {
                      validator: (_, due?: string) =>
                        !due || due === 'date' || Number(due) <= milestones.length
                          ? Promise.resolve()
                          : Promise.reject(new Error(t.common.required)),
                    },
                  ]}
                >
                  <Select aria-label={`${label} ${i.due}`} options={dueOptions} style={{ width: 130 }} />
                </Form.Item>
                {(value?.due ?? 'date') === 'date' && (
                  <Form.Item name={[row.name, 'dueDate']} rules={[required]} className="keyi-project-date">
                    <DatePicker
                      aria-label={`${label} ${i.dueDate}`}
                      placeholder={i.dueDate}
                      inputReadOnly={isPhone}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                )}
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`${t.projects.form.remove} ${label}`}
                  onClick={() => remove(row.name)}
                />
              </div>
            );
          })}
          <div className="keyi-project-rows-foot">
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ due: 'date', name: i.names[Math.min(rows.length, 2)] })}
              block={isPhone}
            >
              {t.projects.form.addInstallment}
            </Button>
            {rows.length > 0 && contract > 0 && (
              <ScheduleSum total={total} contract={contract} locale={locale} />
            )}
          </div>
        </div>
      )}
    </Form.List>
  );
}

function ScheduleSum(props: { total: number; contract: number; locale: ReturnType<typeof useLocale>[0] }) {
  const t = useT();
  const w = t.projects.money;
  const { total, contract, locale } = props;
  const gap = contract - total;
  return (
    <Typography.Text type={gap === 0 ? 'success' : 'warning'}>
      {t.projects.form.scheduleSum(
        formatYuan(total, locale),
        gap === 0
          ? t.projects.form.matches
          : gap > 0
            ? w.short(formatYuan(gap, locale))
            : w.over(formatYuan(-gap, locale)),
      )}
    </Typography.Text>
  );
}

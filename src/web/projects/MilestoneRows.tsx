import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { milestoneCode } from '../../domain/project';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { useToday } from '../tasks/useToday';

/**
 * The milestones of a new project, one compact row each (M1, M2 … by their place). A row planned before today is
 * already late, so it asks for the delay reason the server would otherwise refuse it without.
 */
export function MilestoneRows() {
  const t = useT();
  const m = t.projects.milestones;
  const isPhone = useIsPhone();
  const today = useToday();
  const required = [{ required: true, whitespace: true, message: t.common.required }];
  return (
    <Form.List name="milestones">
      {(rows, { add, remove }) => (
        <div className="keyi-project-rows">
          {rows.map((row, index) => {
            const code = milestoneCode(index + 1);
            return (
              <div key={row.key} className="keyi-project-row">
                <span className="keyi-project-row-code">{code}</span>
                <Form.Item name={[row.name, 'content']} rules={required} className="keyi-project-grow">
                  <Input aria-label={`${code} ${m.content}`} placeholder={m.content} maxLength={500} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'plannedDate']}
                  rules={[{ required: true, message: t.common.required }]}
                  className="keyi-project-date"
                >
                  <DatePicker
                    aria-label={`${code} ${m.plannedDate}`}
                    placeholder={m.plannedDate}
                    inputReadOnly={isPhone}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'deliverables']} className="keyi-project-grow">
                  <Input
                    aria-label={`${code} ${m.deliverables}`}
                    placeholder={m.deliverables}
                    maxLength={2000}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`${t.projects.form.remove} ${code}`}
                  onClick={() => remove(row.name)}
                />
                <Form.Item noStyle shouldUpdate={(a, b) => a.milestones !== b.milestones}>
                  {({ getFieldValue }) => {
                    const planned = getFieldValue(['milestones', row.name, 'plannedDate']) as Dayjs | null;
                    if (!planned || planned.format('YYYY-MM-DD') >= today) return null;
                    return (
                      <Form.Item
                        name={[row.name, 'delayReason']}
                        rules={required}
                        className="keyi-project-row-full"
                        extra={t.projects.form.lateReason}
                      >
                        <Input aria-label={`${code} ${m.delayReason}`} placeholder={m.delayReason} />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
              </div>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={isPhone ? undefined : { alignSelf: 'flex-start' }}
          >
            {t.projects.form.addMilestone}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

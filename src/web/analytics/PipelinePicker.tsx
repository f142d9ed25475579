import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { listPipelines, pipelinesKey } from '../api/deals';
import { useT } from '../i18n/I18nProvider';

/** The funnel's pipeline; shown only when the workspace has more than one (else the default is the only one). */
export function PipelinePicker(props: { value: string | undefined; onChange: (id: string) => void }) {
  const { value, onChange } = props;
  const r = useT().analytics.reports;
  const pipelines = useQuery({ queryKey: pipelinesKey, queryFn: listPipelines, staleTime: 60_000 });
  const items = pipelines.data ?? [];
  if (items.length < 2) return null;
  return (
    <Select
      value={value ?? items[0]?.id}
      onChange={onChange}
      options={items.map((p) => ({ value: p.id, label: p.name }))}
      aria-label={r.pipelineLabel}
      style={{ minWidth: 140 }}
    />
  );
}

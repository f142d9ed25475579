import { ProjectOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TDeal } from '../../domain/deal';
import { useT } from '../i18n/I18nProvider';
import { ProjectFormModal } from './ProjectFormModal';

/** 创建交付项目 on a won deal: the project form prefilled from the deal (customer, title, the amount it closed at). */
export function NewProjectButton({ deal }: { deal: TDeal }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ProjectOutlined />} onClick={() => setOpen(true)}>
        {t.projects.newFromDeal}
      </Button>
      {open && (
        <ProjectFormModal
          project={null}
          deal={deal}
          onClose={(saved) => {
            setOpen(false);
            if (saved) void navigate(`/projects/${saved.id}`);
          }}
        />
      )}
    </>
  );
}

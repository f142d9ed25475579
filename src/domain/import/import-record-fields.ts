import { f, type ImportField, type TImportKind } from './import-field';

const customer = (required: boolean) =>
  f('customer', 'customer', ['客户名称', '客户', '公司', '客户编号', 'customer', 'company'], { required });
const project = f('project', 'project', ['项目名称', '项目', '项目编号', 'project', 'project name'], {
  required: true,
});
const owner = f('ownerId', 'user', ['负责人', '项目负责人', '客户经理', '销售', 'owner']);
const notes = f('notes', 'longText', ['备注', '说明', 'notes', 'remark', 'remarks']);

/** 交付状态 as the seed's delivery board writes it (待启动/进行中/验收中/已完成), and in English. */
const PROJECT_STATUS_WORDS: Record<string, string> = {
  待启动: 'not_started',
  未开始: 'not_started',
  进行中: 'in_progress',
  交付中: 'in_progress',
  验收中: 'acceptance',
  已完成: 'done',
  完成: 'done',
  'not started': 'not_started',
  'in progress': 'in_progress',
  acceptance: 'acceptance',
  done: 'done',
  completed: 'done',
};

/**
 * The records that hang off a customer: 跟进日志 (seed 000 3.1), 商机, and the delivery sheets 交付看板, 里程碑详情
 * and 收款进度 (4.1–4.3). Each names its customer (or project) by name or number; a 状态 column of milestones and
 * installments is not read, as Keyi derives it from the dates and payments.
 */
export const RECORD_FIELDS: Record<Exclude<TImportKind, 'customers'>, readonly ImportField[]> = {
  followUps: [
    customer(true),
    f('day', 'date', ['日期', '跟进日期', '跟进时间', '时间', 'date', 'follow-up date'], { required: true }),
    f('method', 'dictionary', ['跟进方式', '方式', '沟通方式', 'method'], {
      dictionary: 'followUpMethod',
      required: true,
    }),
    f('userId', 'user', ['跟进人', '负责人', '销售', 'by', 'owner']),
    f(
      'summary',
      'longText',
      ['沟通内容摘要', '沟通内容', '跟进内容', '跟进记录', '本次沟通要点', '内容', '摘要', 'summary'],
      { required: true },
    ),
    f('feedback', 'longText', ['客户反馈', '反馈', 'feedback']),
    f('commitments', 'longText', ['承诺事项', '承诺', 'commitments', 'promises']),
    f('nextAction', 'longText', ['下一步行动', '下一步', '下一步计划', 'next step', 'next action']),
    f('nextDate', 'date', [
      '下次跟进日期',
      '下次跟进时间',
      '下次跟进',
      '下次联系',
      'next follow-up',
      'next date',
    ]),
  ],
  deals: [
    customer(true),
    f(
      'title',
      'text',
      ['商机名称', '商机', '销售机会', '机会名称', 'deal', 'deal name', 'opportunity', 'title'],
      {
        required: true,
      },
    ),
    f('stage', 'text', ['商机阶段', '销售阶段', '阶段', 'stage']),
    owner,
    f('expectedAmount', 'amount', ['预计金额', '预计成交金额', '预估金额', 'expected amount', 'amount']),
    f('expectedCloseDate', 'date', [
      '预计成交日期',
      '预计成交',
      '预计签单日期',
      'expected close date',
      'expected close',
    ]),
    f('actualAmount', 'amount', ['成交金额', '实际金额', '签单金额', 'won amount', 'actual amount']),
    f('closedDate', 'date', ['成交日期', '签单日期', '关闭日期', 'closed date', 'close date']),
    f('lossReason', 'dictionary', ['流失原因', '输单原因', 'loss reason'], { dictionary: 'lossReason' }),
    notes,
  ],
  projects: [
    customer(true),
    f('name', 'text', ['项目名称', '项目', 'project', 'project name', 'name'], { required: true }),
    f('contractAmount', 'amount', ['合同金额', 'contract amount', 'amount'], { required: true }),
    f('status', 'choice', ['交付状态', '项目状态', '状态', 'status'], { choices: PROJECT_STATUS_WORDS }),
    f('startDate', 'date', ['开始日期', '启动日期', '开始时间', 'start date']),
    f('expectedEnd', 'date', [
      '预计完成',
      '预计完成日期',
      '预计结束日期',
      'expected end',
      'expected end date',
    ]),
    owner,
    notes,
  ],
  milestones: [
    customer(false),
    project,
    f('content', 'longText', ['内容', '里程碑内容', 'content', 'milestone content'], { required: true }),
    f('plannedDate', 'date', ['计划完成日期', '计划完成', '计划日期', 'planned date'], { required: true }),
    f('actualDate', 'date', ['实际完成日期', '实际完成', '完成日期', 'actual date']),
    f('deliverables', 'longText', ['交付物', 'deliverables']),
    f('delayReason', 'longText', ['延期原因', '备注', 'delay reason', 'notes']),
  ],
  installments: [
    customer(false),
    project,
    f('name', 'text', ['期次', '款项', '款项名称', 'installment', 'name'], { required: true }),
    f('amountDue', 'amount', ['应付金额', '应收金额', '金额', 'amount due', 'amount'], { required: true }),
    f('dueDate', 'date', ['应付日期', '应收日期', '到期日', '到期日期', 'due date']),
    f('milestone', 'text', ['关联里程碑', '里程碑', 'milestone']),
    f('receivedDate', 'date', ['实际收款日期', '收款日期', '到账日期', 'received date', 'received on']),
    f('receivedAmount', 'amount', ['实收金额', '已收金额', '收款金额', 'received amount']),
    f('note', 'longText', ['备注', 'notes', 'note']),
  ],
};

import type { analyticsZh } from '../zh-CN/analytics';

export const analyticsEn: typeof analyticsZh = {
  title: 'Dashboard',
  subtitle: 'This period against as many days of the one before; click a figure to see what is behind it',
  period: 'Period',
  periods: {
    week: 'This week',
    month: 'This month',
    quarter: 'This quarter',
    year: 'This year',
    custom: 'Custom',
  },
  range: (from: string, to: string) => `${from} to ${to}`,
  comparedWith: (from: string, to: string) => `compared with ${from} to ${to}`,
  member: 'Everyone',
  mine: 'Me',
  previous: (value: string) => `Before: ${value}`,
  noChange: 'Unchanged',
  newSince: 'None before',
  tiles: {
    newCustomers: 'New customers',
    wonCustomers: 'Customers won',
    followUps: 'Follow-ups',
    wonAmount: 'Won amount',
    receivedAmount: 'Payments received',
    timeliness: 'Follow-up timeliness',
    overdueReceivables: 'Overdue receivables',
    health: 'Customer health',
  },
  help: {
    newCustomers:
      "Customers added in the period (days in the workspace's time zone); for one member, the customers they own.",
    wonCustomers:
      'Customers with a deal won in the period, each counted once however many deals; a deal reopened after it was won does not count.',
    followUps: 'Follow-ups on the days of the period; for one member, the follow-ups they logged.',
    wonAmount: "The won deals' actual amounts (their expected amount where none was entered).",
    receivedAmount:
      'Payments received on the days of the period; for one member, those of the projects they own.',
    timeliness:
      'Of the follow-ups due in the period, the share done on or before the day. Those past their day and still not followed up count as due; today is not late yet.',
    overdueReceivables:
      'As of today: installments past their due date and not fully received (whatever the period).',
    health:
      'As of today, by days since the last follow-up: active, dormant, at risk (never followed up counts as at risk).',
  },
  deals: (n: number) => `${n} ${n === 1 ? 'deal' : 'deals'}`,
  installments: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'installment' : 'installments'}`,
  onTime: (onTime: number, due: number) => `${onTime} of ${due} on time`,
  noneDue: 'Nothing was due in the period',
  healths: { active: 'Active', dormant: 'Dormant', atRisk: 'At risk' },
  customers: (n: number) => `${n} ${n === 1 ? 'customer' : 'customers'}`,
  healthChart: 'Customer health chart',
};

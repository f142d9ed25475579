import type { briefingZh } from '../zh-CN/briefing';

/** English texts of the customer briefing and hand-over report; the shape is zh-CN/briefing.ts's. */
export const briefingEn: typeof briefingZh = {
  button: 'Briefing',
  buttonHint: 'Write a customer briefing or hand-over report',
  kinds: { briefing: 'Customer briefing', handover: 'Hand-over report' },
  subtitle: (name: string) => `${name} · written from the customer record; edit, then copy or print`,
  back: 'Back to customer',
  editor: 'Report (editable)',
  editHint:
    'Written from the customer record; change anything before you send it. Your edits survive a page reload.',
  edited: 'Edited',
  preview: 'Preview',
  copyMarkdown: 'Copy Markdown',
  copyPlain: 'Copy plain text (WeChat)',
  print: 'Print / save as PDF',
  regenerate: 'Regenerate',
  regenerateTitle: 'Regenerate the report?',
  regenerateContent: 'It is written again from the latest customer record; your edits to it are discarded.',
  regenerated: 'Written again from the latest record',
  maskedNotice: 'Your role may not see personal data in full: phone numbers and e-mails are masked.',
  doc: {
    heading: (kind: string, name: string) => `${kind}: ${name}`,
    meta: (number: string, owner: string, date: string) =>
      `Customer no. ${number} | Owner: ${owner} | Written on ${date}`,
    noOwner: 'unassigned',
    sections: {
      status: 'Where things stand',
      coreNeed: 'Core need',
      blockers: 'Blockers',
      support: 'Support needed',
      nextStep: 'Suggested next step',
      handover: 'Hand-over',
      followUps: 'Recent follow-ups',
      promises: 'Open promises',
      money: 'Deals and payments',
      contacts: 'Contacts',
    },
    list: '; ',
    labelled: (label: string, value: string) => `${label}: ${value}`,
    fields: {
      type: 'Type',
      status: 'Status',
      stage: 'Stage',
      grade: 'Grade',
      source: 'Source',
      industry: 'Industry',
      health: 'Health',
      painPoints: 'Pain points',
      budget: 'Budget',
      expectedDelivery: 'Expected delivery',
      decisionMaker: 'Decision-maker',
    },
    healths: { active: 'active', dormant: 'dormant', atRisk: 'at risk' },
    lastFollowUp: (day: string, days: number) =>
      `Last follow-up: ${day} (${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`})`,
    noFollowUpYet: 'Last follow-up: none yet',
    nextDue: (date: string, overdue: boolean) =>
      overdue ? `Follow-up was due on ${date} (overdue)` : `Next follow-up due: ${date}`,
    budgetRange: (min: string, max: string) => `${min} – ${max}`,
    budgetFrom: (min: string) => `from ${min}`,
    budgetUpTo: (max: string) => `up to ${max}`,
    noCoreNeed: 'No core need recorded yet',
    attitudes: { positive: 'positive', neutral: 'neutral', hesitant: 'hesitant', negative: 'negative' },
    blocker: {
      feedback: (day: string, text: string) => `${day} the customer said: ${text}`,
      attitude: (day: string, attitude: string, note: string | null) =>
        note ? `${day} the customer was ${attitude}: ${note}` : `${day} the customer was ${attitude}`,
      theirPromise: (text: string, date: string) => `Waiting on the customer: ${text} (due ${date}, overdue)`,
      competition: (text: string) => `Competition: ${text}`,
    },
    noBlockers: 'Nothing stands in the way that the record shows',
    support: {
      approvalPending: (title: string, amount: string) =>
        `Deal "${title}" is waiting for a manager to approve it (quoted ${amount})`,
      dealPastClose: (title: string, date: string) =>
        `Deal "${title}" is past its expected close date (${date}): decide together how to move it or re-plan`,
      receivableOverdue: (amount: string, count: number) =>
        `${count === 1 ? '1 payment is' : `${count} payments are`} overdue, ${amount} in all: collecting may need help`,
      promiseOverdue: (count: number) =>
        `${count === 1 ? '1 promise' : `${count} promises`} we made ${count === 1 ? 'is' : 'are'} overdue: we need help to keep ${count === 1 ? 'it' : 'them'}`,
    },
    noSupport: 'No extra support needed for now',
    action: (text: string, assignee: string | null, due: string | null) => {
      const who = [assignee, due && `by ${due}`].filter(Boolean).join(', ');
      return who ? `${text} (${who})` : text;
    },
    nextDate: (date: string) => `Next follow-up: ${date}`,
    cadenceDue: (date: string) => `By the follow-up cadence, get in touch again by ${date}`,
    noNextStep: 'No next step planned yet: arrange the next conversation soon',
    followUp: (day: string, method: string, user: string, summary: string) =>
      `${day} | ${method} | ${user}: ${summary}`,
    followUpFeedback: (text: string) => `Customer feedback: ${text}`,
    noFollowUps: 'No follow-ups yet',
    sides: { ours: 'Ours', theirs: "Customer's" },
    promise: (side: string, title: string, due: string | null, overdue: boolean) =>
      `${side}: ${title}${due ? ` (due ${due}${overdue ? ', overdue' : ''})` : ''}`,
    noPromises: 'No open promises',
    openDeals: 'Open deals',
    deal: (title: string, stage: string, amount: string | null, close: string | null) =>
      `${title} (${stage})${amount ? `, expected ${amount}` : ''}${close ? `, closing ${close}` : ''}`,
    noOpenDeals: 'Open deals: none',
    won: (amount: string, count: number) =>
      count ? `Won: ${count} ${count === 1 ? 'deal' : 'deals'}, ${amount} in all` : 'Won: none yet',
    contracts: 'Contracts',
    contract: (number: string, title: string, amount: string, signed: string | null, end: string | null) =>
      `${number} "${title}" ${amount}${signed ? `, signed ${signed}` : ''}${end ? `, ends ${end}` : ''}`,
    receivables: (outstanding: string, count: number, overdue: string | null, overdueCount: number) =>
      `Payments: ${outstanding} to collect (${count} ${count === 1 ? 'installment' : 'installments'})${overdue ? `, of which ${overdue} overdue (${overdueCount})` : ''}`,
    noReceivables: 'Payments: nothing to collect',
    contact: (name: string, details: string[], phone: string | null, primary: boolean) =>
      `${name}${details.length ? ` (${details.join(', ')})` : ''}${phone ? `: ${phone}` : ''}${primary ? ' ★ primary contact' : ''}`,
    noContacts: 'No contacts yet',
    since: (owner: string, date: string) => `${owner} has looked after this customer since ${date}`,
    currentOwner: (owner: string) => `Current owner: ${owner}`,
    inherit: 'Open tasks to take over',
    taskSources: {
      manual: 'Task',
      nextAction: 'Next action',
      commitment: 'Promise',
      handover: 'After-sales hand-over',
    },
    task: (source: string | null, title: string, assignee: string, due: string | null, overdue: boolean) =>
      `${source ? `${source}: ` : ''}${title} (${assignee}${due ? `, due ${due}` : ''}${overdue ? ', overdue' : ''})`,
    noTasks: 'No open tasks',
    handoverNote:
      'After taking over, check the deals and payments above, and contact the customer soon to introduce yourself.',
  },
};

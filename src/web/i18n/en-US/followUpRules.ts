import type { TFollowUpRulesMessages } from '../zh-CN/followUpRules';

export const followUpRulesEn: TFollowUpRulesMessages = {
  intro:
    'How often customers are followed up, when a customer counts as dormant or at risk, and how the shared pool reclaims and hands out customers. These rules apply to the whole workspace.',
  cadence: {
    title: 'Cadence',
    explain:
      'When a customer matches several rules, the shortest interval wins. A customer is next due on the agreed next follow-up date, or, when none was agreed, on the last follow-up plus the interval.',
    match: 'Match',
    value: 'Condition',
    interval: 'Interval',
    kinds: { grade: 'Grade', tag: 'Tag', stage: 'Stage' },
    placeholders: { grade: 'Choose a grade', tag: 'Choose a tag', stage: 'Choose a stage' },
    every: 'Every',
    daysUnit: 'days',
    rule: (n: number) => `Rule ${n}`,
    add: 'Add a rule',
    remove: 'Remove rule',
    restore: 'Restore defaults',
    restored: 'Default rules restored; save to apply them',
    duplicate: 'Another rule has the same condition',
    empty: 'No rules yet: only customers with an agreed next follow-up date will come up as due.',
    saved: "Saved. Every customer's next follow-up date has been recalculated with the new rules",
  },
  health: {
    title: 'Customer health',
    explain:
      "A customer's health follows the days since the last follow-up. The customer list, Today and the weekly review all count by these thresholds.",
    dormant: 'Dormant',
    atRisk: 'At risk',
    over: 'After',
    daysUnit: 'days without a follow-up',
    preview: 'Preview',
    active: (n: number) => `Active: 0–${n} days`,
    dormantRange: (from: number, to: number) =>
      from === to ? `Dormant: ${from} days` : `Dormant: ${from}–${to} days`,
    atRiskRange: (n: number) => `At risk: over ${n} days, or never followed up`,
    invalid: 'Enter valid numbers of days to see the preview',
    saved: 'Health thresholds saved',
  },
  pool: {
    title: 'Shared pool',
    explain:
      'Customers their owner has stopped following up can go back to the shared pool for colleagues to claim, and you can cap how many customers each person holds.',
    reclaim: 'Automatic reclaim',
    reclaimUnit: 'days without a follow-up, then back to the pool',
    reclaimHelp: (days: number) =>
      `The owner is reminded ${days} days before the customer goes back. Checked every 10 minutes; when first turned on, a large backlog goes back in batches, which can take a few hours.`,
    reclaimOff: 'Off: customers never go back to the pool by themselves',
    claimLimit: 'Claim limit',
    claimBefore: 'Each person holds at most',
    claimUnit: 'customers',
    claimHelp: "Once at the limit, a person can't claim more from the pool",
    claimOff: 'Off: no limit on how many customers a person holds',
    saved: 'Shared pool rules saved',
  },
};

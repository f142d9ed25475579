import type { TCalendarMessages } from '../zh-CN/calendar';

export const calendarEn: TCalendarMessages = {
  title: 'Calendar',
  subtitle: 'Customers due for follow-up and your tasks, day by day',
  views: { month: 'Month', week: 'Week' },
  today: 'Today',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  prevWeek: 'Previous week',
  nextWeek: 'Next week',
  kinds: {
    followUpDue: 'Follow up',
    task: 'Task',
    milestone: 'Milestone',
    installment: 'Payment due',
    contractEnd: 'Contract ends',
  },
  done: 'Done',
  more: (n) => `${n} more`,
  dayEmpty: 'Nothing on this day',
  weekEmpty: 'Nothing this week',
  dayCount: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
  tasks: 'Tasks',
  feed: {
    title: "Subscribe in your phone's calendar",
    short: 'Subscribe',
    intro:
      "See customers due for follow-up and your tasks in your phone's or computer's own calendar, with its reminders, without opening Keyi.",
    active: 'Subscription on',
    inactive: 'No subscription',
    create: 'Create subscription link',
    regenerate: 'Make a new link',
    regenerateConfirm:
      'The old link stops working at once; phones and computers subscribed to it must subscribe again with the new one. Continue?',
    revoke: 'Turn off',
    revokeConfirm: 'Every subscribed device stops updating. Turn the subscription off?',
    revoked: 'Subscription turned off',
    created: 'Subscription link created',
    openInApp: 'Open in the calendar app',
    urlLabel: 'Your private subscription link',
    urlOnce:
      'This link is shown only once: copy it now. Anyone with it can see your schedule, so keep it to yourself.',
    activeHint: 'The link is not shown again. New phone or lost the link? Make a new one.',
    howTo: 'How to add it',
    iphone:
      'iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar, then paste the link.',
    others:
      'Android, Outlook, Google Calendar: choose "Add calendar from URL" (or "From URL") and paste the link.',
    refresh:
      'Phone calendars refresh every half hour to a few hours, so a task you just changed may show up later.',
  },
};

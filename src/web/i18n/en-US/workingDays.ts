import type { TWorkingDaysMessages } from '../zh-CN/workingDays';

export const workingDaysEn: TWorkingDaysMessages = {
  description:
    'Due dates "within N working days" follow this calendar: Monday to Friday, minus China\'s statutory holidays, plus the weekend make-up workdays. Your company\'s own days off or extra workdays can be set here too.',
  year: 'Year',
  add: 'Add a change',
  listTitle: (year: number) => `Holidays and changes in ${year}`,
  empty: 'No holidays or changes this year',
  sources: { holiday: 'Public holiday', makeUpWorkday: 'Make-up workday', override: 'Company change' },
  kinds: { work: 'Working day', rest: 'Day off' },
  marks: { work: 'Work', rest: 'Off' },
  days: (n: number) => `${n} days`,
  was: (text: string) => `Official: ${text}`,
  plainWorkday: 'Ordinary working day',
  weekend: 'Weekend',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  modal: {
    addTitle: 'Add a working-day change',
    editTitle: 'Edit a working-day change',
    day: 'Date',
    kind: 'This day is a',
    name: 'Note',
    namePlaceholder: 'e.g. company retreat, trade-fair duty',
    remove: 'Remove change',
    saved: 'Working-day change saved',
    removed: 'Change removed; the day follows the official schedule again',
  },
  warning: {
    title: (year: number) => `China's ${year} holiday schedule is not in Keyi yet`,
    description: (year: number, last: number) =>
      `Keyi knows the schedule up to ${last}. Until it knows ${year}, dates in ${year} count weekends only: the Spring Festival, National Day and make-up workdays are ignored. The State Council usually publishes the next year's schedule in the autumn; then update Keyi, or add ${year}'s days off and make-up workdays below.`,
  },
  uncoveredYear: (year: number) =>
    `${year} is outside the known schedule, so only weekends count. If its holidays are published, add them below.`,
};

import type { TCustomerRulesMessages } from '../zh-CN/customerRules';

export const customerRulesEn: TCustomerRulesMessages = {
  intro:
    'How new customers are numbered, how much each part of the value assessment weighs, and which scores make grades A and B. These rules apply to the whole workspace.',
  numbering: {
    title: 'Customer numbers',
    explain: 'Each new customer gets a number made from this pattern.',
    pattern: 'Pattern',
    insert: 'Click to insert',
    tokens: {
      '{YYYY}': 'Year',
      '{YY}': 'Year, 2 digits',
      '{MM}': 'Month',
      '{DD}': 'Day',
      '{YYYYMMDD}': 'Date',
      '{IND}': 'Industry code',
      '{SEQ:3}': 'Sequence',
    },
    insertToken: (token: string, meaning: string) => `Insert ${token} (${meaning})`,
    seqTaken: 'The pattern already has a sequence',
    help: '{SEQ:n} is an n-digit sequence number, padded with leading zeros; a pattern has exactly one. Any other text is kept as typed, up to 40 characters in all.',
    counter:
      'The sequence counts separately for each value of the rest of the number: with {YYYYMMDD} it starts again at 1 every day, with {IND} each industry has its own.',
    preview: 'Example numbers',
    previewContext: (date: string, industry: boolean) =>
      industry
        ? `For today (${date}) and industry code IT; customers without an industry get XX for {IND}`
        : `For today (${date})`,
    invalid: 'Enter a valid pattern to see examples',
    note: 'A new pattern applies only to customers created from now on; existing customer numbers never change.',
    restore: 'Restore default',
    restored: 'Default pattern restored; save to apply it',
    saved: 'Pattern saved. New customers will be numbered with it',
  },
  scoring: {
    title: 'Assessment weights and grades',
    explain:
      'Each of the five parts of the value assessment is rated 1–5. The weighted ratings make a score from 0 to 100, and the thresholds turn the score into grade A, B or C.',
    weights: 'Weights',
    weightsHelp:
      'From 0 to 20 each. The higher the weight, the more that part counts towards the score; 0 leaves it out.',
    share: 'Share',
    allZero: 'With every weight at 0, every customer scores 0',
    grades: 'Grade thresholds',
    atLeast: 'Score ≥',
    pointsUnit: 'pts',
    below: (n: number) => `Score below ${n}`,
    example: 'Examples',
    exampleAll: (n: number) => `All five rated ${n}`,
    exampleMixed: (dimension: string, high: number, low: number) => `${dimension} ${high}, the rest ${low}`,
    result: (points: string, grade: string) => `${points}, ${grade}`,
    invalid: 'Enter valid weights and thresholds to see examples',
    warning:
      "Saving recalculates every customer's score and grade with the new rules (manually set grades stay as they are). Where the cadence depends on the grade, next follow-up dates move with it.",
    restore: 'Restore defaults',
    restored: 'Default weights and thresholds restored; save to apply them',
    saved: 'Saved. Every customer has been re-scored and re-graded',
  },
};

/** Everything a route can require; each API route names one in its `config.access`. */
export const ACTIONS = [
  'workspace.read',
  'workspace.update',
  'users.read',
  'users.manage',
  'apiTokens.create',
  'recycleBin.read',
  'recycleBin.purge',
  'dictionaries.manage',
  'customers.read',
  'customers.write',
  'customers.assign',
  'customers.merge',
  'followUps.write',
  'tasks.write',
  'personalData.view',
  'personalData.reveal',
] as const;
export type Action = (typeof ACTIONS)[number];

import { describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles';
import { ACTIONS, can, scopeOf, type Action } from './policy';

/** The policy written out by hand, so a change to GRANTS has to be a change to this table too. */
const EXPECTED: Record<Action, string> = {
  // owner admin manager sales service
  'workspace.read': 'YYYYY',
  'workspace.update': 'YY...',
  'users.read': 'YYYYY',
  'users.manage': 'YY...',
  'apiTokens.create': 'YYYYY',
  'recycleBin.read': 'YYYYY',
  'recycleBin.purge': 'Y....',
  'dictionaries.manage': 'YY...',
  'customers.read': 'YYYYY',
  'customers.write': 'YYYY.',
  'customers.assign': 'YYY..',
  'customers.merge': 'YYY..',
  'followUps.write': 'YYYYY',
  'tasks.write': 'YYYYY',
  'pipelines.manage': 'YY...',
  'deals.write': 'YYYY.',
  'deals.approve': 'YYY..',
  'contracts.write': 'YYYY.',
  'projects.write': 'YYYY.',
  'milestones.write': 'YYYYY',
  'payments.write': 'YYYY.',
  'personalData.view': 'YYYY.',
  'personalData.reveal': 'YYYYY',
  'personalData.manage': 'YY...',
  'backups.manage': 'Y....',
};

describe('policy', () => {
  it('grants each role exactly the actions in the table', () => {
    for (const action of ACTIONS) {
      const actual = ROLES.map((role) => (can({ id: 'u', workspaceId: 'w', role }, action) ? 'Y' : '.')).join(
        '',
      );
      expect(`${action} ${actual}`).toBe(`${action} ${EXPECTED[action]}`);
    }
  });

  it('limits sales to their own records and no one else', () => {
    const own = ROLES.filter((role) => scopeOf({ id: 'u', workspaceId: 'w', role }).ownOnly);
    expect(own).toEqual(['sales']);
  });
});

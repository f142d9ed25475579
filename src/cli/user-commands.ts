import type { Command } from 'commander';
import { ASSIGNABLE_ROLES } from '../domain/roles';
import { ZCreateUserInput, ZPassword } from '../domain/user';
import { randomToken } from '../server/auth/secrets';
import type { DB } from '../server/db/schema';
import type { Scope } from '../server/http/policy';
import { findUserByLogin } from '../server/users/user.repository';
import { insertMember, resetPassword } from '../server/users/user.service';
import { withDatabase, type GlobalOptions } from './with-database';

/** The command line acts for the workspace's owner role but as no particular member (history shows "system"). */
async function cliScope(db: DB, workspaceId?: string): Promise<Scope> {
  const rows = await db.selectFrom('workspaces').select(['id', 'name']).execute();
  const workspace = workspaceId ? rows.find((w) => w.id === workspaceId) : rows[0];
  if (!workspace)
    throw new Error(
      rows.length ? `no workspace ${workspaceId}` : 'Keyi is not set up yet: open it in a browser first',
    );
  if (!workspaceId && rows.length > 1) throw new Error('several workspaces: pass --workspace <id>');
  return { workspaceId: workspace.id, userId: '', role: 'owner', ownOnly: false };
}

/** A readable initial password with letters and digits, for when none is given. */
function generatedPassword(): string {
  return `${randomToken(9).replace(/[-_]/g, 'x')}7k`;
}

function checked(password: string): string {
  const result = ZPassword.safeParse(password);
  if (!result.success) throw new Error('password: at least 8 characters with letters and digits');
  return password;
}

export function userCommands(program: Command, globals: () => GlobalOptions): void {
  const user = program.command('user').description('manage members from the command line');

  user
    .command('create')
    .description('add a member (prints a generated password when --password is not given)')
    .requiredOption('--login <login>', 'sign-in name')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', `one of ${ASSIGNABLE_ROLES.join(', ')}`, 'sales')
    .option('--password <password>', 'initial password')
    .option('--workspace <id>', 'workspace id, when there are several')
    .action(
      async (opts: { login: string; name: string; role: string; password?: string; workspace?: string }) => {
        const password = opts.password ? checked(opts.password) : generatedPassword();
        const input = ZCreateUserInput.safeParse({
          name: opts.name,
          login: opts.login,
          password,
          role: opts.role,
        });
        if (!input.success)
          throw new Error(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        await withDatabase(globals(), async (db) => {
          const scope = await cliScope(db, opts.workspace);
          const created = await db.transaction().execute((trx) => insertMember(trx, scope, input.data));
          console.log(
            `created ${created.login} (${created.role})${opts.password ? '' : `, password: ${password}`}`,
          );
        });
      },
    );

  user
    .command('reset-password <login>')
    .description('set a new password and sign the member out everywhere')
    .option('--password <password>', 'new password (generated when not given)')
    .action(async (login: string, opts: { password?: string }) => {
      const password = opts.password ? checked(opts.password) : generatedPassword();
      await withDatabase(globals(), async (db) => {
        const found = await findUserByLogin(db, login);
        if (!found) throw new Error(`no member signs in as ${login}`);
        const scope: Scope = { workspaceId: found.workspace_id, userId: '', role: 'owner', ownOnly: false };
        await resetPassword(db, scope, found.id, password);
        console.log(`password of ${found.login} reset${opts.password ? '' : `: ${password}`}`);
      });
    });

  user
    .command('list')
    .description('list the members')
    .action(async () => {
      await withDatabase(globals(), async (db) => {
        const rows = await db
          .selectFrom('users')
          .select(['login', 'name', 'role', 'deleted_at'])
          .orderBy('login')
          .execute();
        for (const r of rows)
          console.log(`${r.login}\t${r.role}\t${r.name}${r.deleted_at ? '\t(in the recycle bin)' : ''}`);
      });
    });
}

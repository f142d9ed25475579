import { Command } from 'commander';
import { SETTINGS, type SettingName } from '../server/config';
import { startServer } from '../server/main';
import { VERSION } from '../server/version';
import { backupCommands } from './backup-commands';
import { dataCommands } from './data-commands';
import { userCommands } from './user-commands';
import { withDatabase, type GlobalOptions } from './with-database';

const program = new Command('keyi')
  .description('客易 Keyi: customer relationships for service businesses')
  .version(VERSION);

// Every setting is also a flag (README's table lists them); flags win over environment variables.
for (const [, spec] of Object.entries(SETTINGS)) {
  program.option(`${spec.flag} <value>`, `${spec.description} (env ${spec.env})`);
}

function globals(): GlobalOptions {
  const opts = program.opts<Record<string, string | undefined>>();
  const result: GlobalOptions = {};
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = opts[name];
    if (value !== undefined) result[name] = value;
  }
  return result;
}

program
  .command('start', { isDefault: true })
  .description('run Keyi (migrates the database first)')
  .action(() => startServer(globals()));

program
  .command('migrate')
  .description('bring the database to the latest schema and exit')
  .action(async () => {
    await withDatabase(globals(), async () => console.log('database is up to date'));
  });

userCommands(program, globals);
dataCommands(program, globals);
backupCommands(program, globals);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`keyi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

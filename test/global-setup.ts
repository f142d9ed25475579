import pg from 'pg';

/** Says once per run whether the PostgreSQL half runs, and installs the extensions every test schema shares. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.KEYI_TEST_PG;
  if (!url) {
    console.log(
      '[keyi] KEYI_TEST_PG is not set: the PostgreSQL half of the database suites was skipped (SQLite only)',
    );
    return;
  }
  console.log(`[keyi] database suites run on SQLite and on PostgreSQL (${url})`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('create extension if not exists pg_trgm with schema public');
  } finally {
    await client.end();
  }
}

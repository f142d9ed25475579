/** Says once per run whether the PostgreSQL half of the database suites runs. */
export default function globalSetup(): void {
  if (process.env.KEYI_TEST_PG) {
    console.log(`[keyi] database suites run on SQLite and on PostgreSQL (${process.env.KEYI_TEST_PG})`);
  } else {
    console.log(
      '[keyi] KEYI_TEST_PG is not set: the PostgreSQL half of the database suites was skipped (SQLite only)',
    );
  }
}

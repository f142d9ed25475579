import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: customers, contacts, tags, dictionaries, numbering and the search index, as first shipped.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  const json = pg ? sql`jsonb` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;
  const common = <T extends { addColumn: (...a: any[]) => T }>(t: T): T =>
    t
      .addColumn('id', 'text', (c: any) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c: any) => c.notNull().references('workspaces.id'))
      .addColumn('created_at', instant, (c: any) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', instant, (c: any) => c.notNull())
      .addColumn('updated_by', 'text')
      .addColumn('version', 'integer', (c: any) => c.notNull().defaultTo(1))
      .addColumn('deleted_at', instant)
      .addColumn('deleted_by', 'text');

  await common(db.schema.createTable('dictionary_entries'))
    .addColumn('dictionary', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label_zh', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('color', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('dictionary_entries_key')
    .on('dictionary_entries')
    .columns(['workspace_id', 'dictionary', 'key'])
    .unique()
    .execute();

  await db.schema
    .createTable('number_sequences')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_sequences_pk', ['workspace_id', 'name'])
    .execute();

  await common(db.schema.createTable('customers'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull()) // the name's distinctive core, for duplicate checks
    .addColumn('sort_name', 'text', (c) => c.notNull()) // pinyin, so 李 sorts before 王 as people expect
    .addColumn('credit_code', 'text')
    .addColumn('industry', 'text')
    .addColumn('company_size', 'text')
    .addColumn('province', 'text')
    .addColumn('city', 'text')
    .addColumn('district', 'text')
    .addColumn('address', 'text')
    .addColumn('source_channel', 'text')
    .addColumn('referrer_id', 'text')
    .addColumn('type', 'text')
    .addColumn('status', 'text')
    .addColumn('stage', 'text')
    .addColumn('assessment', json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('score', 'integer')
    .addColumn('grade', 'text')
    .addColumn('grade_manual', bool, (c) => c.notNull().defaultTo(pg ? sql`false` : 0))
    .addColumn('needs', json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('custom', json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('owner_id', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('first_contact_date', 'text')
    .addColumn('established_date', 'text')
    .addColumn('notes', 'text')
    .addColumn('last_follow_up_at', instant)
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_grams', pg ? sql`text[]` : sql`text`, (c) =>
      c.notNull().defaultTo(pg ? sql`'{}'` : ''),
    )
    .addColumn('search_rowid', 'integer')
    .execute();
  await db.schema
    .createIndex('customers_number_key')
    .on('customers')
    .columns(['workspace_id', 'number'])
    .unique()
    .execute();
  for (const column of [
    'owner_id',
    'grade',
    'type',
    'status',
    'stage',
    'source_channel',
    'industry',
    'city',
  ]) {
    await db.schema
      .createIndex(`customers_${column}_idx`)
      .on('customers')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }
  // One company, one credit code: unique among customers not in the recycle bin.
  await db.schema
    .createIndex('customers_credit_code_key')
    .on('customers')
    .columns(['workspace_id', 'credit_code'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('customers_name_key_idx')
    .on('customers')
    .columns(['workspace_id', 'name_key'])
    .execute();
  await db.schema
    .createIndex('customers_sort_name_idx')
    .on('customers')
    .columns(['workspace_id', 'sort_name', 'id'])
    .execute();
  await db.schema
    .createIndex('customers_last_follow_up_idx')
    .on('customers')
    .columns(['workspace_id', 'last_follow_up_at', 'id'])
    .execute();
  await db.schema.createIndex('customers_parent_idx').on('customers').columns(['parent_id']).execute();
  await db.schema.createIndex('customers_referrer_idx').on('customers').columns(['referrer_id']).execute();

  await db.schema
    .createTable('customer_tags')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_tags_pk', ['customer_id', 'tag'])
    .execute();
  await db.schema
    .createIndex('customer_tags_tag_idx')
    .on('customer_tags')
    .columns(['workspace_id', 'tag', 'customer_id'])
    .execute();

  await db.schema
    .createTable('customer_shares')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_shares_pk', ['customer_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('customer_shares_user_idx')
    .on('customer_shares')
    .columns(['workspace_id', 'user_id'])
    .execute();

  await common(db.schema.createTable('contacts'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('mobile', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('wechat', 'text')
    .addColumn('role', 'text')
    .addColumn('is_primary', bool, (c) => c.notNull().defaultTo(pg ? sql`false` : 0))
    .addColumn('data_source', 'text')
    .addColumn('notes', 'text')
    .execute();
  await db.schema.createIndex('contacts_customer_idx').on('contacts').columns(['customer_id']).execute();
  for (const column of ['mobile', 'phone', 'email', 'wechat']) {
    await db.schema
      .createIndex(`contacts_${column}_idx`)
      .on('contacts')
      .columns(['workspace_id', column])
      .execute();
  }

  // A bulk change keeps each record's values from before, so it can be undone as a whole.
  await db.schema
    .createTable('bulk_operations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('payload', json, (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('undone_at', instant)
    .execute();

  await common(db.schema.createTable('saved_views'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', json, (c) => c.notNull())
    .addColumn('columns', json, (c) => c.notNull())
    .addColumn('shared', bool, (c) => c.notNull().defaultTo(pg ? sql`false` : 0))
    .execute();
  await db.schema
    .createIndex('saved_views_owner_idx')
    .on('saved_views')
    .columns(['workspace_id', 'entity', 'owner_id'])
    .execute();

  await common(db.schema.createTable('custom_fields'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label_zh', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('options', json, (c) => c.notNull())
    .addColumn('required', bool, (c) => c.notNull().defaultTo(pg ? sql`false` : 0))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('custom_fields_key')
    .on('custom_fields')
    .columns(['workspace_id', 'entity', 'key'])
    .unique()
    .execute();

  if (pg) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index customers_search_trgm on customers using gin (search_text gin_trgm_ops)`.execute(
      db,
    );
    await sql`create index customers_search_grams on customers using gin (search_grams)`.execute(db);
  } else {
    // Substrings of 3+ characters (names, pinyin, phone digits, e-mails) through trigrams; 1–2 character Chinese
    // queries through whole-token grams. Both keyed by customers.search_rowid.
    await sql`create virtual table customer_search using fts5(text, tokenize = 'trigram')`.execute(db);
    await sql`create virtual table customer_grams using fts5(grams, tokenize = 'unicode61', detail = 'none')`.execute(
      db,
    );
    await db.schema
      .createIndex('customers_search_rowid')
      .on('customers')
      .column('search_rowid')
      .unique()
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    await sql`drop table customer_grams`.execute(db);
    await sql`drop table customer_search`.execute(db);
  }
  for (const table of [
    'contacts',
    'customer_shares',
    'customer_tags',
    'customers',
    'number_sequences',
    'dictionary_entries',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

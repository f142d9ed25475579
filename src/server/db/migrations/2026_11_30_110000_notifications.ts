import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';

// Frozen: notifications 通知 (the in-app bell), the channels they also go to (e-mail, WeCom, DingTalk and Feishu
// group robots) and the delivery outbox and log.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function withCommonColumns<T extends string>(
  table: CreateTableBuilder<T, any>,
  instant: RawBuilder<unknown>,
) {
  return table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', instant)
    .addColumn('deleted_by', 'text');
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  const json = pg ? sql`jsonb` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;

  await withCommonColumns(db.schema.createTable('notifications'), instant)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('read_at', instant)
    .execute();
  // NULLs are distinct in both databases, so only keyed notifications are held to one per key.
  await db.schema
    .createIndex('notifications_dedupe_key')
    .on('notifications')
    .columns(['workspace_id', 'dedupe_key'])
    .unique()
    .execute();
  // A person's bell, newest first (ids are time-ordered), and their unread count.
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['workspace_id', 'user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_unread_idx')
    .on('notifications')
    .columns(['workspace_id', 'user_id'])
    .where(sql.ref('read_at'), 'is', null)
    .execute();

  await withCommonColumns(db.schema.createTable('notification_channels'), instant)
    .addColumn('user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('config', json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('secret', 'text')
    .addColumn('enabled', bool, (c) => c.notNull().defaultTo(pg ? sql`true` : 1))
    .addColumn('kinds', json, (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createIndex('notification_channels_owner_idx')
    .on('notification_channels')
    .columns(['workspace_id', 'user_id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await withCommonColumns(db.schema.createTable('notification_deliveries'), instant)
    .addColumn('channel_id', 'text', (c) => c.notNull().references('notification_channels.id'))
    .addColumn('notification_id', 'text', (c) => c.references('notifications.id').onDelete('cascade'))
    .addColumn('user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', instant, (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', instant)
    .addColumn('batch_id', 'text')
    .addColumn('error_code', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', instant)
    .execute();
  // The outbox: what is due to send, and claims left behind by an instance that stopped mid-send. Partial, so
  // the growing log of sent messages does not slow the job down.
  await db.schema
    .createIndex('notification_deliveries_due_idx')
    .on('notification_deliveries')
    .column('next_attempt_at')
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('notification_deliveries_sending_idx')
    .on('notification_deliveries')
    .column('claimed_at')
    .where(sql.ref('status'), '=', 'sending')
    .execute();
  // The delivery log: the workspace's (admins), a person's own, one channel's.
  await db.schema
    .createIndex('notification_deliveries_log_idx')
    .on('notification_deliveries')
    .columns(['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notification_deliveries_user_idx')
    .on('notification_deliveries')
    .columns(['workspace_id', 'user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notification_deliveries_channel_idx')
    .on('notification_deliveries')
    .columns(['channel_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['notification_deliveries', 'notification_channels', 'notifications']) {
    await db.schema.dropTable(table).execute();
  }
}

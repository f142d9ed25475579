// Follow-up and task rows for bench/generate-follow-ups.ts: how many follow-ups each customer gets, when, by whom and
// with which due dates (planned customer by customer into typed arrays), then each row's columns from its index
// alone (written in time order, as the app would have written them).
import { renderNumber, renderPrefix } from '../src/domain/numbering';
import type { Random } from './customer-data';
import * as W from './follow-up-data';

export const DAY = 86_400_000;
/** Follow-up number 跟进记录编号, as follow-up.service.ts numbers them. */
const NUMBER_PATTERN = 'G{YYYYMMDD}{SEQ:3}';
const fmt = (n: number) => n.toLocaleString('en');

export interface Users {
  ids: string[];
  sellers: number[];
  service: number[];
  index: Map<string, number>;
}

export interface Customers {
  ids: string[];
  createdMs: Float64Array;
  /** The customer's last follow-up as generate-customers.ts drew it (NaN: never followed up). */
  lastMs: Float64Array;
  owner: Int16Array;
  afterSales: Uint8Array;
  cadence: Int16Array;
  contact: (string | null)[];
}

/**
 * How many follow-ups each customer has: none for those never followed up, else 1 + a Pareto draw (α = 1.2, most
 * a few, some hundreds, capped) scaled by how long the customer has been followed up, to exactly `total` in all.
 */
export function plan(r: Random, c: Customers, total: number, from: number): Uint32Array {
  const n = c.ids.length;
  const weight = new Float64Array(n);
  const cap = new Float64Array(n);
  let followed = 0;
  for (let i = 0; i < n; i++) {
    const last = c.lastMs[i] ?? NaN;
    if (Number.isNaN(last)) continue;
    followed++;
    const created = c.createdMs[i] ?? 0;
    const spanDays = Math.max(0, (last - Math.max(created, from)) / DAY);
    const pareto = Math.min(400, (1 - r.float()) ** (-1 / 1.2));
    weight[i] = pareto * (0.15 + 0.85 * Math.min(1, spanDays / 730));
    // At most two a day on average over the customer's window, and 1,200 in all.
    cap[i] = Math.min(1200, Math.max(0, Math.floor(2 * spanDays)));
  }
  if (total < followed) throw new Error(`${fmt(total)} follow-ups cannot cover ${fmt(followed)} customers`);
  const counts = new Uint32Array(n);
  for (let i = 0; i < n; i++) if (!Number.isNaN(c.lastMs[i] ?? NaN)) counts[i] = 1;
  let left = total - followed;
  for (let round = 0; round < 20 && left > 0; round++) {
    let sum = 0;
    for (let i = 0; i < n; i++) if ((counts[i] ?? 0) - 1 < (cap[i] ?? 0)) sum += weight[i] ?? 0;
    if (sum === 0) break;
    const scale = left / sum;
    let carry = 0;
    let added = 0;
    for (let i = 0; i < n && added < left; i++) {
      const room = (cap[i] ?? 0) - ((counts[i] ?? 0) - 1);
      if (room <= 0) continue;
      carry += (weight[i] ?? 0) * scale;
      const k = Math.min(room, Math.floor(carry), left - added);
      carry -= Math.floor(carry);
      counts[i] = (counts[i] ?? 0) + k;
      added += k;
    }
    left -= added;
  }
  // What the floors left over: one more each to the customers with weight and room.
  for (let i = 0; i < n && left > 0; i++) {
    if ((weight[i] ?? 0) > 0 && (counts[i] ?? 0) - 1 < (cap[i] ?? 0)) {
      counts[i] = (counts[i] ?? 0) + 1;
      left--;
    }
  }
  if (left > 0)
    throw new Error(`could not place ${fmt(left)} follow-ups (raise --years or lower --follow-ups)`);
  return counts;
}

/** Every follow-up's skeleton, in typed arrays (10M rows ≈ 350 MB), made customer by customer. */
export interface Skeleton {
  customer: Int32Array;
  atMs: Float64Array;
  createdMs: Float64Array;
  user: Int16Array;
  kind: Int8Array;
  /** Local day numbers (days since 1970-01-01 in the workspace's zone); -1 for none. */
  nextDay: Int32Array;
  dueDay: Int32Array;
  deleted: Uint8Array;
}

const OFFSET = 8 * 3_600_000; // Asia/Shanghai, the set-up default (no daylight saving)
export const dayNumber = (ms: number) => Math.floor((ms + OFFSET) / DAY);
const dayStrings = new Map<number, string>();
export function dayString(n: number): string {
  let s = dayStrings.get(n);
  if (!s) dayStrings.set(n, (s = new Date(n * DAY).toISOString().slice(0, 10)));
  return s;
}

export function skeletons(
  r: Random,
  c: Customers,
  counts: Uint32Array,
  users: Users,
  total: number,
  from: number,
): Skeleton {
  const s: Skeleton = {
    customer: new Int32Array(total),
    atMs: new Float64Array(total),
    createdMs: new Float64Array(total),
    user: new Int16Array(total),
    kind: new Int8Array(total),
    nextDay: new Int32Array(total),
    dueDay: new Int32Array(total),
    deleted: new Uint8Array(total),
  };
  const times: number[] = [];
  let k = 0;
  for (let i = 0; i < c.ids.length; i++) {
    const n = counts[i] ?? 0;
    if (!n) continue;
    const last = c.lastMs[i] ?? 0;
    const created = c.createdMs[i] ?? 0;
    let start = Math.max(created, from);
    if (start >= last) start = created;
    times.length = 0;
    for (let j = 0; j < n - 1; j++) {
      const raw = start + r.float() * (last - start);
      // Office hours mostly: 08:30–21:00 local, on the drawn day.
      const dayStart = dayNumber(raw) * DAY - OFFSET;
      const at = dayStart + (8.5 + (r.chance(0.85) ? r.float() * 9.5 : 9.5 + r.float() * 3)) * 3_600_000;
      times.push(at > start && at < last ? Math.floor(at) : Math.floor(raw));
    }
    times.sort((a, b) => a - b);
    times.push(last);
    const owner = c.owner[i] ?? -1;
    const cadence = c.cadence[i] ?? 0;
    let prevDay = -1;
    let prevNext = -1;
    for (let j = 0; j < n; j++, k++) {
      const at = times[j] ?? last;
      s.customer[k] = i;
      s.atMs[k] = at;
      // Written up soon after, mostly: within the hour, the day, or a few days late.
      const delay = r.chance(0.7)
        ? r.float() * 3_600_000
        : r.chance(0.75)
          ? r.float() * 8 * 3_600_000
          : r.chance(0.7)
            ? r.float() * DAY
            : DAY + r.float() * 4 * DAY;
      s.createdMs[k] = Math.floor(at + delay);
      const progress = n === 1 ? 1 : j / (n - 1);
      const service = (c.afterSales[i] ?? 0) === 1 && progress > 0.5 && r.chance(0.6);
      s.user[k] =
        owner >= 0 && r.chance(0.88)
          ? owner
          : service && users.service.length
            ? (users.service[r.int(0, users.service.length - 1)] ?? 0)
            : (users.sellers[r.int(0, users.sellers.length - 1)] ?? 0);
      const kind = service
        ? 'after_sales'
        : r.chance(0.1)
          ? null
          : r.chance(0.05)
            ? 'other'
            : j === 0
              ? 'first_contact'
              : progress < 0.3
                ? 'needs'
                : progress < 0.6
                  ? 'proposal'
                  : progress < 0.85
                    ? 'negotiation'
                    : 'closing';
      s.kind[k] = kind === null ? -1 : W.KINDS.indexOf(kind);
      const day = dayNumber(at);
      s.nextDay[k] = r.chance(0.12) ? day + r.int(2, 21) : -1;
      // The due date the customer had just before (refreshFollowUpFields: explicit next date, else cadence).
      s.dueDay[k] =
        prevNext >= 0 ? prevNext : cadence === 0 ? -1 : prevDay < 0 ? dayNumber(created) : prevDay + cadence;
      // 0.2 % in the recycle bin, never the customer's latest (its derived columns stay what generate-customers drew).
      s.deleted[k] = j < n - 1 && r.chance(0.002) ? 1 : 0;
      if (!s.deleted[k]) [prevDay, prevNext] = [day, s.nextDay[k] ?? -1];
    }
  }
  if (k !== total) throw new Error(`planned ${k}, expected ${total}`);
  return s;
}

const HEX = '0123456789abcdef';
/** UUIDv7 as the app makes them (time-ordered), the random part from the row's random source. */
function uuid(ms: number, r: W.RowRandom): string {
  let s = ms.toString(16).padStart(12, '0');
  s = `${s.slice(0, 8)}-${s.slice(8)}-7`;
  for (let i = 0; i < 3; i++) s += HEX[r.int(0, 15)];
  s += `-${HEX[8 + r.int(0, 3)]}`;
  for (let i = 0; i < 3; i++) s += HEX[r.int(0, 15)];
  s += '-';
  for (let i = 0; i < 12; i++) s += HEX[r.int(0, 15)];
  return s;
}

export const FOLLOW_UP_COLUMNS =
  'id workspace_id created_at created_by updated_at updated_by version deleted_at deleted_by customer_id number at day method kind user_id contact_id summary feedback attitude attitude_note important commitments next_actions next_date due_date'.split(
    ' ',
  );
export const TASK_COLUMNS =
  'id workspace_id created_at created_by updated_at updated_by version deleted_at deleted_by customer_id follow_up_id source source_index side title notes assignee_id due_date done_at done_by'.split(
    ' ',
  );

interface Item {
  source: 'nextAction' | 'commitment';
  index: number;
  title: string;
  due: string | null;
  doneAt: number | null;
  side: 'ours' | 'theirs' | null;
}

/** Writes the rows in the order they were logged (ids and numbers follow time, as the app makes them). */

/** Makes row k of the plan: the follow-up's columns (FOLLOW_UP_COLUMNS) and its tasks' (TASK_COLUMNS). */
export class RowMaker {
  /** The last number of each day's counter, for number_sequences. */
  readonly sequences = new Map<string, number>();
  private readonly prefixes = new Map<string, string>();
  private readonly rr: W.RowRandom;

  constructor(
    private readonly c: Customers,
    private readonly users: Users,
    private readonly s: Skeleton,
    private readonly o: { seed: string; workspaceId: string; pg: boolean; until: number },
  ) {
    this.rr = new W.RowRandom(W.hash32(o.seed));
  }

  make(k: number): { followUp: unknown[]; tasks: unknown[][] } {
    const r = this.rr.at(k);
    const i = this.s.customer[k] ?? 0;
    const atMs = this.s.atMs[k] ?? 0;
    const createdMs = this.s.createdMs[k] ?? 0;
    const userId = this.users.ids[this.s.user[k] ?? 0] ?? '';
    const kindIndex = this.s.kind[k] ?? -1;
    const kind = kindIndex < 0 ? null : (W.KINDS[kindIndex] ?? null);
    const day = dayString(dayNumber(atMs));
    let prefix = this.prefixes.get(day);
    if (!prefix) this.prefixes.set(day, (prefix = renderPrefix(NUMBER_PATTERN, { date: day })));
    const seq = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, seq);
    const id = uuid(createdMs, r);
    const customerId = this.c.ids[i] ?? '';
    const deletedAt = this.s.deleted[k]
      ? new Date(Math.min(createdMs + r.int(1, 30) * DAY, Math.max(createdMs, this.o.until))).toISOString()
      : null;
    // ~10 % carry next actions or commitments: each becomes a task assigned to the author (task-sync.ts).
    const items: Item[] = [];
    const dueOf = () => dayString(dayNumber(atMs) + r.int(1, 14));
    // Ticked off by the due day (17:00 local) or when written up, for 80 % of those due before the data ends.
    const doneOf = (due: string) =>
      Date.parse(due) < this.o.until - 2 * DAY && r.chance(0.8)
        ? Math.max(createdMs + 60_000, Math.min(this.o.until, Date.parse(due) + 9 * 3_600_000))
        : null;
    if (r.chance(0.07)) {
      const count = r.chance(0.75) ? 1 : 2;
      for (let a = 0; a < count; a++) {
        const due = r.chance(0.9) ? dueOf() : null;
        items.push({
          source: 'nextAction',
          index: a,
          title: r.pick(W.NEXT_ACTIONS),
          due,
          doneAt: due ? doneOf(due) : null,
          side: null,
        });
      }
    }
    if (r.chance(0.04)) {
      const side = r.chance(0.5) ? 'ours' : 'theirs';
      const due = dueOf();
      items.push({
        source: 'commitment',
        index: 0,
        title: side === 'ours' ? r.pick(W.OUR_PROMISES) : `客户${r.pick(W.THEIR_PROMISES)}`,
        due,
        doneAt: doneOf(due),
        side,
      });
    }
    const createdAt = new Date(createdMs).toISOString();
    let lastDone = createdMs;
    for (const item of items) lastDone = Math.max(lastDone, item.doneAt ?? 0);
    const next = this.s.nextDay[k] ?? -1;
    const due = this.s.dueDay[k] ?? -1;
    const attitude = r.chance(0.7) ? W.ATTITUDES.pick(r.asRandom()) : null;
    const followUp = [
      id,
      this.o.workspaceId,
      createdAt,
      userId,
      new Date(lastDone).toISOString(),
      userId,
      items.some((t) => t.doneAt !== null) ? 2 : 1, // ticking a task off writes back into the follow-up
      deletedAt,
      deletedAt ? userId : null,
      customerId,
      renderNumber(prefix, seq),
      new Date(atMs).toISOString(),
      day,
      W.METHODS.pick(r.asRandom()),
      kind,
      userId,
      this.c.contact[i] && r.chance(0.6) ? this.c.contact[i] : null,
      W.summaryOf(r, kind),
      W.feedbackOf(r),
      attitude,
      attitude ? W.attitudeNoteOf(r) : null,
      this.o.pg ? r.chance(0.05) : r.chance(0.05) ? 1 : 0,
      items.length === 0
        ? '[]'
        : JSON.stringify(
            items
              .filter((t) => t.source === 'commitment')
              .map((t) => ({ text: t.title, side: t.side, dueDate: t.due, done: t.doneAt !== null })),
          ),
      items.length === 0
        ? '[]'
        : JSON.stringify(
            items
              .filter((t) => t.source === 'nextAction')
              .map((t) => ({ text: t.title, dueDate: t.due, done: t.doneAt !== null })),
          ),
      next >= 0 ? dayString(next) : null,
      due >= 0 ? dayString(due) : null,
    ];
    const tasks = items.map((t) => {
      const doneAt = t.doneAt === null ? null : new Date(t.doneAt).toISOString();
      return [
        uuid(createdMs, r),
        this.o.workspaceId,
        createdAt,
        userId,
        doneAt ?? createdAt,
        userId,
        doneAt ? 2 : 1,
        deletedAt,
        deletedAt ? userId : null,
        customerId,
        id,
        t.source,
        t.index,
        t.side,
        t.title,
        null,
        userId,
        t.due,
        doneAt,
        doneAt ? userId : null,
      ];
    });
    return { followUp, tasks };
  }
}

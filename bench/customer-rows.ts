// One generated customer with its contacts, tags and search index, as table rows. Derived columns come from the
// same functions the app uses (name_key, sort_name, score, grade, number, search tokens), so the data is what
// Keyi would have written itself.
import { gradeOf, scoreOf, type TAssessment } from '../src/domain/assessment';
import { renderNumber, renderPrefix } from '../src/domain/numbering';
import { searchTokens, SEARCH_VERSION } from '../src/domain/search-text';
import { pgGrams } from '../src/server/customers/customer-search';
import { computeCreditCodeCheckChar } from '../src/domain/validators/credit-code';
import { nameKeyOf } from '../src/server/customers/customer-input';
import { sortNameOf } from '../src/server/customers/sort-name';
import * as D from './customer-data';

export type Row = Record<string, unknown>;

export interface Generated {
  customer: Row;
  contacts: Row[];
  tags: string[];
  shares: string[];
  /** What indexCustomer stores: the text (trigram / pg_trgm) and the grams (1–2 character queries). */
  text: string;
  grams: string[];
}

export interface FactoryOptions {
  count: number;
  workspaceId: string;
  pg: boolean;
  fromMs: number;
  toMs: number;
  /** Minutes east of UTC of the workspace's time zone (Asia/Shanghai: 480), for day-based numbers. */
  utcOffsetMin: number;
  numberPattern: string;
  owners: D.Weighted<string>;
  userIds: string[];
}

const DAY = 86_400_000;
// Time of day, by share of customers created (local time): few at night, most in office hours.
const DAY_SHAPE = [
  [0, 0],
  [0.08, 9 / 24],
  [0.38, 12 / 24],
  [0.52, 14 / 24],
  [0.9, 18 / 24],
  [1, 1],
] as const;
const PROVINCE_CODES: Record<string, string> = Object.fromEntries(
  (
    '北京市:11 天津市:12 河北省:13 山西省:14 内蒙古自治区:15 辽宁省:21 黑龙江省:23 上海市:31 江苏省:32 浙江省:33 ' +
    '安徽省:34 福建省:35 江西省:36 山东省:37 河南省:41 湖北省:42 湖南省:43 广东省:44 广西壮族自治区:45 海南省:46 ' +
    '重庆市:50 四川省:51 贵州省:52 云南省:53 西藏自治区:54 陕西省:61 甘肃省:62 青海省:63 宁夏回族自治区:64 新疆维吾尔自治区:65'
  )
    .split(' ')
    .map((s) => s.split(':')),
);
const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class CustomerFactory {
  private lastMs = 0;
  private day = '';
  private seq = 0;
  /** The last value of each number counter, for number_sequences. */
  readonly sequences = new Map<string, number>();
  /** Recent customers, for parents (branches) and referrers. */
  private readonly recent: string[] = [];

  constructor(
    private readonly r: D.Random,
    private readonly o: FactoryOptions,
  ) {}

  /** UUIDv7 as the app makes them (time-ordered), with the random part from the seeded source. */
  private uuid(ms: number): string {
    const r = this.r;
    let s = ms.toString(16).padStart(12, '0');
    s = `${s.slice(0, 8)}-${s.slice(8)}-7`;
    for (let i = 0; i < 3; i++) s += HEX[r.int(0, 15)];
    s += `-${HEX[8 + r.int(0, 3)]}`;
    for (let i = 0; i < 3; i++) s += HEX[r.int(0, 15)];
    s += '-';
    for (let i = 0; i < 12; i++) s += HEX[r.int(0, 15)];
    return s;
  }

  /** Creation time of customer i: more customers in recent months, office hours, strictly increasing. */
  private createdMs(i: number): number {
    const u = (i + 0.5) / this.o.count;
    const g = 0.5 * u + 0.5 * Math.sqrt(u);
    const span = this.o.toMs - this.o.fromMs;
    const raw = this.o.fromMs + g * span;
    const offset = this.o.utcOffsetMin * 60_000;
    const dayStart = Math.floor((raw + offset) / DAY) * DAY - offset;
    const x = (raw - dayStart) / DAY;
    let shaped = x;
    for (let k = 1; k < DAY_SHAPE.length; k++) {
      const [x0, y0] = DAY_SHAPE[k - 1] as readonly [number, number];
      const [x1, y1] = DAY_SHAPE[k] as readonly [number, number];
      if (x <= x1) {
        shaped = y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
        break;
      }
    }
    const ms = Math.max(this.lastMs + 1, Math.floor(dayStart + shaped * DAY));
    this.lastMs = ms;
    return ms;
  }

  private localDate(ms: number): string {
    return new Date(ms + this.o.utcOffsetMin * 60_000).toISOString().slice(0, 10);
  }

  person(): { name: string; surnamePy: string; givenPy: string; initials: string } {
    const r = this.r;
    const [surname, surnamePy] = D.SURNAMES.pick(r);
    const chars = r.chance(0.3) ? [r.pick(D.GIVEN)] : [r.pick(D.GIVEN), r.pick(D.GIVEN)];
    return {
      name: surname + chars.map((c) => c[0]).join(''),
      surnamePy,
      givenPy: chars.map((c) => c[1]).join(''),
      initials: chars.map((c) => c[1][0]).join(''),
    };
  }

  private companyName(city: string, words: string[]): { name: string; brandPy: string } {
    const r = this.r;
    const length = r.chance(0.6) ? 2 : r.chance(0.62) ? 3 : 4;
    const syllables: [string, string][] = [];
    while (syllables.length < length) {
      const s = r.pick(D.BRAND);
      if (!syllables.includes(s)) syllables.push(s);
    }
    const brand = syllables.map((s) => s[0]).join('');
    const word = r.pick(words);
    let form = D.LEGAL_FORMS.pick(r);
    if (form === '科技有限公司' && word.includes('科技')) form = '有限公司';
    const where = r.float();
    const name =
      where < 0.55
        ? `${city}${brand}${word}${form}`
        : where < 0.65
          ? `${brand}${word}(${city})${form}`
          : `${brand}${word}${form}`;
    return { name, brandPy: syllables.map((s) => s[1]).join('') };
  }

  private creditCode(i: number, province: string): string {
    const r = this.r;
    const region = (PROVINCE_CODES[province] ?? '11') + '01' + r.digits(2);
    const body = String((i * 7919 + 12_345_678) % 100_000_000).padStart(8, '0');
    const weights = [3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((s, ch, k) => s + Number(ch) * (weights[k] ?? 0), 0);
    const c9 = 11 - (sum % 11);
    const org = body + (c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9));
    const first17 = `91${region}${org}`;
    return first17 + (computeCreditCodeCheckChar(first17) ?? '0');
  }

  private mobile(): string {
    return this.r.pick(D.MOBILE_PREFIXES) + this.r.digits(8);
  }

  private contact(
    customerId: string,
    ms: number,
    createdBy: string | null,
    primary: boolean,
    who: ReturnType<CustomerFactory['person']>,
    area: string,
    brandPy: string | null,
  ): Row {
    const r = this.r;
    const mobile = r.chance(0.92) ? this.mobile() : null;
    const local = r.int(2, 8) + r.digits(area.length === 3 ? 7 : r.chance(0.7) ? 7 : 6);
    const phone = r.chance(0.3) ? area + local : null;
    const mail = r.float();
    const email = !r.chance(0.65)
      ? null
      : mail < 0.35
        ? `${r.int(10_000, 3_999_999_999)}@qq.com`
        : mail < 0.7 || !brandPy
          ? `${r.chance(0.5) ? who.givenPy + who.surnamePy : who.surnamePy + who.givenPy}${r.chance(0.5) ? r.digits(r.int(2, 4)) : ''}@${D.MAIL_DOMAINS.pick(r)}`
          : `${who.surnamePy}${who.initials}@${brandPy}${r.pick(['.com', '.com.cn', '.cn'])}`;
    const wx = r.float();
    const wechat = !r.chance(0.7)
      ? null
      : wx < 0.3 && mobile
        ? mobile
        : wx < 0.55
          ? 'wxid_' + Array.from({ length: 14 }, () => r.pick([...ALNUM])).join('')
          : `${who.surnamePy}${r.chance(0.5) ? '_' : ''}${who.givenPy}${r.digits(r.int(2, 4))}`;
    const at = new Date(ms).toISOString();
    return {
      id: this.uuid(ms),
      workspace_id: this.o.workspaceId,
      created_at: at,
      created_by: createdBy,
      updated_at: at,
      updated_by: createdBy,
      version: 1,
      deleted_at: null,
      deleted_by: null,
      customer_id: customerId,
      name: who.name,
      title: brandPy && r.chance(0.8) ? r.pick(D.TITLES) : null,
      mobile,
      phone,
      email,
      wechat,
      role: D.CONTACT_ROLES.pick(r),
      is_primary: this.o.pg ? primary : primary ? 1 : 0,
      data_source: r.chance(0.9) ? D.DATA_SOURCES.pick(r) : null,
      notes: r.chance(0.05) ? r.pick(D.NOTES) : null,
    };
  }

  private assessment(type: string): TAssessment {
    const r = this.r;
    if (!r.chance(0.7)) return {};
    const base = { prospect: 2.3, intent: 3.2, customer: 3.8, repeat: 4.2, lost: 2 }[type] ?? 3;
    const out: TAssessment = {};
    const partial = r.chance(0.1);
    for (const d of ['intent', 'budgetFit', 'feasibility', 'longTermValue', 'referralPotential'] as const) {
      if (partial && r.chance(0.4)) continue;
      out[d] = Math.min(5, Math.max(1, Math.round(base + (r.float() + r.float() - 1) * 2)));
    }
    return out;
  }

  private needs(): Row {
    const r = this.r;
    if (!r.chance(0.4)) return {};
    const min = r.int(1, 200) * 1_000_000;
    return {
      coreNeed: r.pick(D.NEEDS),
      ...(r.chance(0.6) && { painPoints: r.pick(D.PAIN_POINTS) }),
      budgetMin: min,
      budgetMax: Math.round(min * (1.2 + r.float())),
      priority: r.pick(['high', 'medium', 'medium', 'low']),
      needKeywords: [r.pick(D.KEYWORDS), r.pick(D.KEYWORDS)].filter((k, n, a) => a.indexOf(k) === n),
    };
  }

  make(i: number): Generated {
    const { r, o } = this;
    const ms = this.createdMs(i);
    const id = this.uuid(ms);
    const day = this.localDate(ms);
    if (day !== this.day) [this.day, this.seq] = [day, 0];
    const prefix = renderPrefix(o.numberPattern, { date: day });
    const number = renderNumber(prefix, ++this.seq);
    this.sequences.set(prefix, this.seq);

    const place = D.CITIES.pick(r);
    const isPerson = r.chance(0.12);
    const industry = isPerson ? null : D.INDUSTRIES.pick(r);
    const person = isPerson ? this.person() : null;
    const company = industry ? this.companyName(place.city, industry.words) : null;
    const name = person?.name ?? company?.name ?? '';
    const type = D.TYPES.pick(r);
    const assessment = this.assessment(type);
    const manual = r.chance(0.02);
    const score = scoreOf(assessment);
    const ownerId = r.chance(0.97) ? o.owners.pick(r) : null;
    const createdBy = ownerId ?? r.pick(o.userIds);
    const lastFollowUp = r.chance(0.85)
      ? ms + Math.floor((o.toMs - ms) * (type === 'lost' ? r.float() : Math.sqrt(r.float())))
      : null;
    const deleted = r.chance(0.005);
    const district = r.chance(0.85) ? r.pick(place.districts) : null;
    const source = D.SOURCES.pick(r);
    const link = () => (this.recent.length ? r.pick(this.recent) : null);

    const count = D.CONTACT_COUNTS.pick(r);
    const contacts = Array.from({ length: count }, (_, k) =>
      this.contact(
        id,
        ms,
        createdBy,
        k === 0,
        k === 0 && person ? person : this.person(),
        place.area,
        company?.brandPy ?? null,
      ),
    );
    const tags: string[] = [];
    if (r.chance(0.25)) {
      const n = r.chance(0.7) ? 1 : r.chance(0.83) ? 2 : 3;
      while (tags.length < n) {
        const tag = D.TAGS.pick(r);
        if (!tags.includes(tag)) tags.push(tag);
      }
    }
    const shares = r.chance(0.02) ? [r.pick(o.userIds)] : [];

    const tokens = searchTokens({
      names: [name, ...contacts.map((c) => c.name as string)],
      numbers: [number],
      phones: contacts.flatMap((c) => [c.mobile, c.phone]).filter((p): p is string => !!p),
      emails: contacts.map((c) => c.email).filter((e): e is string => !!e),
      wechats: contacts.map((c) => c.wechat).filter((w): w is string => !!w),
    });
    const { grams } = tokens;

    const created = new Date(ms).toISOString();
    const updated = new Date(Math.max(ms, lastFollowUp ?? 0)).toISOString();
    const customer: Row = {
      id,
      workspace_id: o.workspaceId,
      created_at: created,
      created_by: createdBy,
      updated_at: updated,
      updated_by: createdBy,
      version: 1 + (lastFollowUp ? r.int(0, 3) : 0),
      deleted_at: deleted ? updated : null,
      deleted_by: deleted ? createdBy : null,
      number,
      kind: isPerson ? 'person' : 'company',
      name,
      name_key: nameKeyOf(isPerson ? 'person' : 'company', name),
      sort_name: sortNameOf(name),
      credit_code: company && r.chance(0.65) ? this.creditCode(i, place.province) : null,
      industry: industry?.key ?? null,
      company_size: isPerson ? null : D.COMPANY_SIZES.pick(r),
      province: place.province,
      city: place.city,
      district,
      address:
        district && r.chance(0.8)
          ? `${district}${r.pick(D.ROADS)}${r.int(1, 999)}号${r.chance(0.4) ? `${r.int(1, 30)}栋${r.int(101, 2808)}室` : ''}`
          : null,
      source_channel: source,
      referrer_id: source === 'referral' && r.chance(0.6) ? link() : null,
      type,
      status: D.STATUS_BY_TYPE[type]?.pick(r) ?? null,
      stage: D.STAGE_BY_TYPE[type]?.pick(r) ?? null,
      assessment: JSON.stringify(assessment),
      score,
      grade: manual ? r.pick(['A', 'B', 'C']) : gradeOf(score),
      grade_manual: o.pg ? manual : manual ? 1 : 0,
      needs: JSON.stringify(this.needs()),
      custom: '{}',
      owner_id: ownerId,
      parent_id: !isPerson && r.chance(0.01) ? link() : null,
      first_contact_date: r.chance(0.9) ? day : this.localDate(ms - r.int(1, 60) * DAY),
      established_date:
        company && r.chance(0.8)
          ? `${r.int(1995, 2024)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
          : null,
      notes: r.chance(0.15) ? r.pick(D.NOTES) : null,
      last_follow_up_at: lastFollowUp === null ? null : new Date(lastFollowUp).toISOString(),
      search_text: tokens.text,
      search_grams: o.pg ? pgGrams(grams) : '',
      search_rowid: o.pg ? null : i + 1,
      search_version: SEARCH_VERSION,
    };
    if (i % 97 === 0) {
      if (this.recent.length >= 5000) this.recent[r.int(0, 4999)] = id;
      else this.recent.push(id);
    }
    return { customer, contacts, tags, shares, text: tokens.text, grams };
  }
}

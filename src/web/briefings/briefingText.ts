import type { TBriefing } from '../../domain/briefing';
import type { TLocale } from '../../domain/locale';
import { formatYuan } from '../../domain/money';
import type { Messages } from '../i18n/zh-CN';

type Doc = Messages['briefing']['doc'];

const bullets = (lines: string[], empty: string) => (lines.length ? lines : [empty]).map((l) => `- ${l}`);
const section = (title: string, body: string[]) => [`## ${title}`, '', ...body, ''];

function statusLines(b: TBriefing, d: Doc): string[] {
  const { customer: c, status: s } = b;
  const pairs = (entries: [string, string | null | undefined][]) =>
    entries.flatMap(([label, value]) => (value ? [d.labelled(label, value)] : [])).join(d.list);
  return [
    pairs([
      [d.fields.type, c.type?.label],
      [d.fields.status, c.status?.label],
      [d.fields.stage, c.stage?.label],
      [d.fields.grade, c.grade],
    ]),
    pairs([
      [d.fields.source, c.source?.label],
      [d.fields.industry, c.industry?.label],
    ]),
    [
      s.lastFollowUpDay ? d.lastFollowUp(s.lastFollowUpDay, s.daysSinceFollowUp ?? 0) : d.noFollowUpYet,
      d.labelled(d.fields.health, d.healths[s.health]),
    ].join(d.list),
    s.nextDueDate ? d.nextDue(s.nextDueDate, s.dueOverdue) : '',
  ].filter(Boolean);
}

function needLines(b: TBriefing, d: Doc, yuan: (fen: number) => string): string[] {
  const n = b.needs;
  const budget =
    n.budgetMin !== null && n.budgetMax !== null
      ? d.budgetRange(yuan(n.budgetMin), yuan(n.budgetMax))
      : n.budgetMin !== null
        ? d.budgetFrom(yuan(n.budgetMin))
        : n.budgetMax !== null
          ? d.budgetUpTo(yuan(n.budgetMax))
          : null;
  const details: [string, string | null][] = [
    [d.fields.painPoints, n.painPoints],
    [d.fields.budget, budget],
    [d.fields.expectedDelivery, n.expectedDelivery],
    [d.fields.decisionMaker, n.decisionMaker],
  ];
  return [
    n.coreNeed ?? d.noCoreNeed,
    ...(details.some(([, v]) => v) ? [''] : []),
    ...details.flatMap(([label, value]) => (value ? [`- ${d.labelled(label, value)}`] : [])),
  ];
}

function blockerLines(b: TBriefing, d: Doc): string[] {
  return b.blockers.map((x) => {
    const day = x.day ?? '';
    if (x.source === 'feedback') return d.blocker.feedback(day, x.text ?? '');
    if (x.source === 'attitude') return d.blocker.attitude(day, d.attitudes[x.attitude ?? 'neutral'], x.text);
    if (x.source === 'theirPromise') return d.blocker.theirPromise(x.text ?? '', day);
    return d.blocker.competition(x.text ?? '');
  });
}

function supportLines(b: TBriefing, d: Doc, yuan: (fen: number) => string): string[] {
  return b.support.map((s) => {
    if (s.kind === 'approvalPending') return d.support.approvalPending(s.title ?? '', yuan(s.amount ?? 0));
    if (s.kind === 'dealPastClose') return d.support.dealPastClose(s.title ?? '', s.date ?? '');
    if (s.kind === 'receivableOverdue') return d.support.receivableOverdue(yuan(s.amount ?? 0), s.count ?? 0);
    return d.support.promiseOverdue(s.count ?? 0);
  });
}

function nextStepLines(b: TBriefing, d: Doc): string[] {
  const { actions, nextFollowUpDate, nextDueDate } = b.nextStep;
  const lines = [
    ...actions.map((a) => d.action(a.text, a.assignee, a.dueDate)),
    ...(nextFollowUpDate ? [d.nextDate(nextFollowUpDate)] : nextDueDate ? [d.cadenceDue(nextDueDate)] : []),
  ];
  return lines.length ? lines.map((l, i) => `${i + 1}. ${l}`) : [`- ${d.noNextStep}`];
}

function moneyLines(b: TBriefing, d: Doc, yuan: (fen: number) => string): string[] {
  const m = b.money;
  const r = m.receivables;
  return [
    ...(m.openDeals.length
      ? [
          `- ${d.openDeals}`,
          ...m.openDeals.map(
            (x) =>
              `  - ${d.deal(x.title, x.stage.label, x.expectedAmount === null ? null : yuan(x.expectedAmount), x.expectedCloseDate)}`,
          ),
        ]
      : [`- ${d.noOpenDeals}`]),
    `- ${d.won(yuan(m.won.amount), m.won.count)}`,
    ...(m.contracts.length
      ? [
          `- ${d.contracts}`,
          ...m.contracts.map(
            (c) => `  - ${d.contract(c.number, c.title, yuan(c.amount), c.signedDate, c.endDate)}`,
          ),
        ]
      : []),
    `- ${
      r.outstanding > 0
        ? d.receivables(
            yuan(r.outstanding),
            r.installments,
            r.overdue > 0 ? yuan(r.overdue) : null,
            r.overdueInstallments,
          )
        : d.noReceivables
    }`,
  ];
}

function handoverLines(b: TBriefing, d: Doc): string[] {
  if (!b.handover) return [];
  const owner = b.customer.owner?.name ?? d.noOwner;
  const tasks = b.handover.openTasks.map((task) => {
    // A hand-over task is titled "售后交接：…" already; its kind is not said twice.
    const source = d.taskSources[task.source];
    const label = task.title.startsWith(source) ? null : source;
    return d.task(label, task.title, task.assignee, task.dueDate, task.overdue);
  });
  return section(d.sections.handover, [
    `- ${b.handover.since ? d.since(owner, b.handover.since) : d.currentOwner(owner)}`,
    `- ${d.inherit}`,
    ...(tasks.length ? tasks : [d.noTasks]).map((line) => `  - ${line}`),
    '',
    d.handoverNote,
  ]);
}

/** The report as Markdown, in the order of the seeds' 交接/汇报模板, then the facts behind it. */
export function toMarkdown(b: TBriefing, t: Messages, locale: TLocale): string {
  const d = t.briefing.doc;
  const yuan = (fen: number) => formatYuan(fen, locale);
  const kind = t.briefing.kinds[b.kind];
  const lines = [
    `# ${d.heading(kind, b.customer.name)}`,
    '',
    d.meta(b.customer.number, b.customer.owner?.name ?? d.noOwner, b.today),
    '',
    ...section(
      d.sections.status,
      statusLines(b, d).map((l) => `- ${l}`),
    ),
    ...section(d.sections.coreNeed, needLines(b, d, yuan)),
    ...section(d.sections.blockers, bullets(blockerLines(b, d), d.noBlockers)),
    ...section(d.sections.support, bullets(supportLines(b, d, yuan), d.noSupport)),
    ...section(d.sections.nextStep, nextStepLines(b, d)),
    ...handoverLines(b, d),
    ...section(
      d.sections.followUps,
      b.followUps.length
        ? b.followUps.flatMap((f) => [
            `- ${d.followUp(f.day, f.method.label, f.user, oneLine(f.summary))}`,
            ...(f.feedback ? [`  - ${d.followUpFeedback(oneLine(f.feedback))}`] : []),
          ])
        : [`- ${d.noFollowUps}`],
    ),
    ...section(
      d.sections.promises,
      bullets(
        b.promises.map((p) => d.promise(d.sides[p.side ?? 'ours'], p.title, p.dueDate, p.overdue)),
        d.noPromises,
      ),
    ),
    ...section(d.sections.money, moneyLines(b, d, yuan)),
    ...section(
      d.sections.contacts,
      bullets(
        b.contacts.map((c) =>
          d.contact(
            c.name,
            [c.title, c.role?.label].filter((x): x is string => !!x),
            c.phone,
            c.isPrimary,
          ),
        ),
        d.noContacts,
      ),
    ),
  ];
  return `${lines.join('\n').trim()}\n`;
}

/** A summary typed over several lines stays one bullet. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

const HAS_CJK = /[\u3400-\u9fff]/;

/**
 * The Markdown as WeChat shows it: no `#`, `**` or tables (WeChat prints them as typed). Headings become 【…】 in
 * Chinese and capitals in English, bullets "・", numbered steps stay "1.".
 */
export function toPlainText(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table rule or ---
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[1] ?? '');
      const bracketed = HAS_CJK.test(text) && !text.startsWith('【') ? `【${text}】` : text;
      out.push(HAS_CJK.test(text) ? bracketed : text.toUpperCase());
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      const cells = line.trim().slice(1, -1).split('|');
      out.push(cells.map((c) => inline(c.trim())).join('｜'));
      continue;
    }
    const bullet = /^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (bullet) {
      const depth = Math.floor((bullet[1] ?? '').length / 2);
      out.push(`${'　'.repeat(depth)}・${inline(bullet[2] ?? '')}`);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    out.push(inline(quote ? (quote[1] ?? '') : line));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Bold, italics, code and links as their words; asterisks inside a word (a masked 138****5678) stay. */
function inline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, url: string) =>
      url ? `${label} (${url})` : label,
    )
    .replace(/(^|[^\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1$2');
}

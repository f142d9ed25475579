import type { ATTITUDES } from '../follow-up';

export type TAttitude = (typeof ATTITUDES)[number];

/**
 * Cue words per attitude with their weight. Negative and hesitant cues are read first and blanked out, so that 不感兴趣
 * is not also read as 感兴趣, nor 可以再考虑 as 可以.
 */
const CUES: { attitude: Exclude<TAttitude, 'neutral'>; weight: number; re: RegExp }[] = [
  {
    attitude: 'negative',
    weight: 3,
    re: /暂时不需要|暂时不考虑|暂时用不上|(?:不|没)(?:太|是很|怎么|那么)?(?:需要|感兴趣|满意|喜欢|认可|合适)|用不上|不用了|不考虑了|没(?:有)?兴趣|算了吧?|找了别家|选了别家|已经有(?:合作|供应商)|不做了|取消|别再(?:打|联系)|不要再(?:打|联系)|没有?预算|\bnot interested\b|\bno longer\b|\bdon'?t need\b|\bdo not need\b|\bwent with\b|\bcancel|\bnot a (?:good )?fit\b|\bno budget\b/gi,
  },
  {
    attitude: 'hesitant',
    weight: 2,
    re: /再考虑|考虑一下|考虑考虑|再想想|想一想|再看看|再商量|商量一下|再研究|研究一下|再对比|对比一下|比较一下|回头再说|再说吧|先放一放|先不急|不着急|不确定|说不好|看情况|再等等|犹豫|太贵|有点贵|有点高|偏高|贵了|超预算|超出预算|比预算高|高于预算|预算不够|\bthink about it\b|\bnot sure\b|\btoo expensive\b|\bpricey\b|\bbit high\b|\bhold off\b|\bneed to discuss\b/gi,
  },
  {
    attitude: 'positive',
    weight: 2,
    re: /没问题|很感兴趣|非常感兴趣|挺感兴趣|感兴趣|很满意|挺满意|非常满意|满意|很好|挺好|太好了|不错|期待|合作愉快|就这么定|就这么办|定了|可以签|尽快签|很认可|认可|喜欢|👍|\[强\]|\[赞\]|\[鼓掌\]|\bsounds great\b|\blove(?:d)?\b|\binterested\b|\bexcited\b|\bperfect\b|\blooking forward\b|\blet'?s do it\b|\bhappy with\b|\bliked\b/gi,
  },
  {
    attitude: 'positive',
    weight: 1,
    re: /好的|好滴|好嘞|好哒|可以|(?:^|[，,。\s])行(?=[的吧啊呀，,。!！\s]|$)|\bOK\b|👌|\[OK\]|\[握手\]|\bsounds good\b|\bsure\b|\bokay\b|\bgreat\b/gi,
  },
];

/** At most this much from mere politeness (好的, OK), however many times it is said. */
const WEAK_CAP = 2;

/**
 * The customer's attitude from their own words (all the text when it is not known who spoke). Each line counts a cue
 * of each kind once; the strongest kind wins and a tie goes to the more cautious reading. A lone 好的 is neutral.
 */
export function detectAttitude(lines: string[]): TAttitude | undefined {
  const score = { negative: 0, hesitant: 0, strong: 0, weak: 0 };
  for (const line of lines) {
    let rest = line;
    const seen = new Set<string>();
    for (const cue of CUES) {
      const hit = rest.match(cue.re);
      if (!hit) continue;
      rest = rest.replace(cue.re, ' ');
      const bucket = cue.attitude === 'positive' ? (cue.weight > 1 ? 'strong' : 'weak') : cue.attitude;
      if (seen.has(cue.attitude)) continue;
      seen.add(cue.attitude);
      score[bucket] += cue.weight;
    }
  }
  const positive = score.strong + Math.min(score.weak, WEAK_CAP);
  const best = Math.max(score.negative, score.hesitant, positive);
  if (best === 0) return undefined;
  if (score.negative === best) return 'negative';
  if (score.hesitant === best) return 'hesitant';
  return positive >= 2 ? 'positive' : 'neutral';
}

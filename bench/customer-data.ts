// Word lists and a seeded random source for bench/generate-customers.ts. Weights are rough shares of what a
// Chinese SME's CRM holds (surnames after the 2020 census, cities by business activity), not exact statistics.

/** sfc32 seeded from a string (xmur3): the same seed gives the same data on every machine. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    let h = 1779033703 ^ seed.length;
    for (let i = 0; i < seed.length; i++) {
      h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    const next = () => {
      h = Math.imul(h ^ (h >>> 16), 2246822507);
      h = Math.imul(h ^ (h >>> 13), 3266489909);
      return (h ^= h >>> 16) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 15; i++) this.float();
  }

  /** [0, 1) */
  float(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.float() * 10));
    return s;
  }
}

/** Picks by weight in O(log n). */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, w] of items) this.cumulative.push((sum += w));
    this.total = sum;
  }

  pick(r: Random): T {
    const x = r.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return (this.items[lo] as readonly [T, number])[0];
  }
}

const table = (spec: string) =>
  spec
    .trim()
    .split(/\s+/)
    .map((item) => {
      const [key = '', weight = '1'] = item.split(':');
      return [key, Number(weight)] as const;
    });

/** Surname:pinyin:weight (per mille). */
export const SURNAMES = new Weighted(
  (
    '王:wang:71 李:li:70 张:zhang:67 刘:liu:54 陈:chen:45 杨:yang:31 黄:huang:22 赵:zhao:20 吴:wu:20 ' +
    '周:zhou:19 徐:xu:15 孙:sun:15 马:ma:13 朱:zhu:13 胡:hu:12 郭:guo:11 何:he:11 林:lin:10 高:gao:10 ' +
    '罗:luo:9 郑:zheng:9 梁:liang:8 谢:xie:7 宋:song:6 唐:tang:6 许:xu:6 韩:han:6 冯:feng:6 邓:deng:6 ' +
    '曹:cao:6 彭:peng:5 曾:zeng:5 肖:xiao:5 田:tian:5 董:dong:5 袁:yuan:4 潘:pan:4 于:yu:4 蒋:jiang:4 ' +
    '蔡:cai:4 余:yu:4 杜:du:4 叶:ye:4 程:cheng:4 苏:su:3 魏:wei:3 吕:lv:3 丁:ding:3 任:ren:3 沈:shen:3 ' +
    '姚:yao:3 卢:lu:3 姜:jiang:3 崔:cui:3 钟:zhong:3 谭:tan:3 陆:lu:3 汪:wang:3 范:fan:3 金:jin:3 ' +
    '石:shi:2 廖:liao:2 贾:jia:2 夏:xia:2 韦:wei:2 付:fu:2 方:fang:2 白:bai:2 邹:zou:2 孟:meng:2 ' +
    '熊:xiong:2 秦:qin:2 邱:qiu:2 江:jiang:2 尹:yin:2 薛:xue:2 闫:yan:2 段:duan:2 雷:lei:2 侯:hou:2 ' +
    '龙:long:2 史:shi:2 陶:tao:1 黎:li:1 贺:he:1 顾:gu:1 毛:mao:1 郝:hao:1 龚:gong:1 邵:shao:1 万:wan:1 ' +
    '钱:qian:1 严:yan:1 武:wu:1 戴:dai:1 莫:mo:1 孔:kong:1 汤:tang:1 单:shan:0.5 欧阳:ouyang:0.3 司马:sima:0.1 ' +
    '上官:shangguan:0.1'
  )
    .split(' ')
    .map((s) => {
      const [han = '', py = '', w = '1'] = s.split(':');
      return [[han, py] as const, Number(w)] as const;
    }),
);

/** Characters of given names with their pinyin. */
export const GIVEN = (
  '伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 艳:yan 杰:jie 娟:juan ' +
  '涛:tao 明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui 英:ying 华:hua 建:jian 文:wen 辉:hui 玲:ling ' +
  '红:hong 鹏:peng 飞:fei 鑫:xin 宇:yu 浩:hao 凯:kai 佳:jia 欣:xin 怡:yi 婷:ting 雪:xue 琳:lin 晨:chen ' +
  '子:zi 涵:han 梓:zi 轩:xuan 思:si 雨:yu 博:bo 志:zhi 海:hai 永:yong 俊:jun 晓:xiao 春:chun 国:guo ' +
  '燕:yan 玉:yu 萍:ping 慧:hui 嘉:jia 诗:shi 一:yi 若:ruo 天:tian 泽:ze 然:ran 昊:hao 睿:rui 瑞:rui ' +
  '琪:qi 颖:ying 倩:qian 亮:liang 斌:bin 波:bo 丹:dan 宁:ning 彬:bin 龙:long 林:lin 东:dong 成:cheng ' +
  '金:jin 家:jia 楠:nan 悦:yue 欢:huan 晶:jing 洁:jie 冬:dong 秋:qiu 梅:mei 兰:lan 峰:feng 旭:xu'
)
  .split(' ')
  .map((s) => s.split(':') as [string, string]);

/** Trade-name syllables (字号) with pinyin, for company names and their mail domains. */
export const BRAND = (
  '华:hua 瑞:rui 达:da 鑫:xin 源:yuan 恒:heng 泰:tai 宏:hong 盛:sheng 安:an 信:xin 德:de 博:bo 创:chuang ' +
  '智:zhi 联:lian 通:tong 远:yuan 海:hai 天:tian 中:zhong 金:jin 嘉:jia 龙:long 星:xing 美:mei 佳:jia ' +
  '新:xin 丰:feng 汇:hui 祥:xiang 锦:jin 峰:feng 腾:teng 凯:kai 力:li 诚:cheng 卓:zhuo 启:qi 明:ming ' +
  '思:si 尚:shang 优:you 立:li 睿:rui 正:zheng 和:he 道:dao 宇:yu 辰:chen 奥:ao 科:ke 隆:long 永:yong ' +
  '晟:sheng 昊:hao 润:run 聚:ju 合:he 众:zhong 银:yin 百:bai 万:wan 鼎:ding 弘:hong 亿:yi 易:yi 云:yun ' +
  '蓝:lan 青:qing 东:dong 方:fang 南:nan 北:bei 乐:le 康:kang 益:yi 宁:ning 欣:xin 航:hang 驰:chi 迅:xun'
)
  .split(' ')
  .map((s) => s.split(':') as [string, string]);

/** City, province, weight, area code, districts. */
export const CITIES = new Weighted(
  (
    [
      ['北京', '北京市', 10, '010', '朝阳区 海淀区 东城区 西城区 丰台区 通州区 大兴区 昌平区'],
      ['上海', '上海市', 10, '021', '浦东新区 徐汇区 静安区 黄浦区 长宁区 闵行区 普陀区 杨浦区'],
      ['深圳', '广东省', 9, '0755', '南山区 福田区 罗湖区 宝安区 龙岗区 龙华区'],
      ['广州', '广东省', 8, '020', '天河区 越秀区 海珠区 白云区 番禺区 黄埔区'],
      ['杭州', '浙江省', 7, '0571', '西湖区 滨江区 余杭区 拱墅区 上城区 萧山区'],
      ['成都', '四川省', 6, '028', '武侯区 锦江区 青羊区 成华区 金牛区 双流区'],
      ['苏州', '江苏省', 5, '0512', '姑苏区 吴中区 相城区 虎丘区 吴江区'],
      ['南京', '江苏省', 4, '025', '鼓楼区 玄武区 秦淮区 建邺区 江宁区'],
      ['武汉', '湖北省', 4, '027', '江汉区 武昌区 洪山区 江岸区 汉阳区'],
      ['重庆', '重庆市', 4, '023', '渝中区 江北区 南岸区 渝北区 九龙坡区'],
      ['西安', '陕西省', 3, '029', '雁塔区 碑林区 未央区 长安区'],
      ['天津', '天津市', 3, '022', '和平区 河西区 南开区 滨海新区'],
      ['长沙', '湖南省', 3, '0731', '岳麓区 芙蓉区 天心区 开福区 雨花区'],
      ['郑州', '河南省', 3, '0371', '金水区 二七区 中原区 管城回族区'],
      ['东莞', '广东省', 3, '0769', '南城街道 东城街道 长安镇 虎门镇'],
      ['青岛', '山东省', 2.5, '0532', '市南区 市北区 崂山区 黄岛区'],
      ['佛山', '广东省', 2.5, '0757', '禅城区 南海区 顺德区'],
      ['宁波', '浙江省', 2.5, '0574', '海曙区 鄞州区 江北区 北仑区'],
      ['合肥', '安徽省', 2, '0551', '蜀山区 包河区 庐阳区 瑶海区'],
      ['厦门', '福建省', 2, '0592', '思明区 湖里区 集美区'],
      ['济南', '山东省', 1.5, '0531', '历下区 市中区 槐荫区'],
      ['福州', '福建省', 1.5, '0591', '鼓楼区 台江区 仓山区'],
      ['无锡', '江苏省', 1.5, '0510', '梁溪区 滨湖区 新吴区'],
      ['昆明', '云南省', 1.2, '0871', '五华区 盘龙区 官渡区'],
      ['沈阳', '辽宁省', 1.2, '024', '和平区 沈河区 皇姑区'],
      ['大连', '辽宁省', 1, '0411', '中山区 西岗区 沙河口区'],
      ['哈尔滨', '黑龙江省', 1, '0451', '南岗区 道里区 香坊区'],
      ['石家庄', '河北省', 1, '0311', '长安区 桥西区 裕华区'],
      ['南昌', '江西省', 1, '0791', '东湖区 西湖区 红谷滩区'],
      ['南宁', '广西壮族自治区', 1, '0771', '青秀区 兴宁区 西乡塘区'],
      ['贵阳', '贵州省', 0.8, '0851', '南明区 云岩区 观山湖区'],
      ['太原', '山西省', 0.8, '0351', '小店区 迎泽区 杏花岭区'],
      ['温州', '浙江省', 1, '0577', '鹿城区 龙湾区 瓯海区'],
      ['泉州', '福建省', 1, '0595', '丰泽区 鲤城区 晋江市'],
      ['常州', '江苏省', 1, '0519', '天宁区 钟楼区 武进区'],
      ['珠海', '广东省', 0.8, '0756', '香洲区 金湾区 斗门区'],
      ['中山', '广东省', 0.8, '0760', '石岐街道 东区街道 火炬开发区'],
      ['惠州', '广东省', 0.7, '0752', '惠城区 惠阳区'],
      ['绍兴', '浙江省', 0.8, '0575', '越城区 柯桥区'],
      ['嘉兴', '浙江省', 0.7, '0573', '南湖区 秀洲区'],
      ['金华', '浙江省', 0.8, '0579', '婺城区 金东区 义乌市'],
      ['烟台', '山东省', 0.6, '0535', '芝罘区 莱山区'],
      ['潍坊', '山东省', 0.5, '0536', '奎文区 潍城区'],
      ['徐州', '江苏省', 0.6, '0516', '云龙区 鼓楼区'],
      ['洛阳', '河南省', 0.4, '0379', '洛龙区 西工区'],
      ['兰州', '甘肃省', 0.4, '0931', '城关区 七里河区'],
      ['乌鲁木齐', '新疆维吾尔自治区', 0.3, '0991', '天山区 沙依巴克区'],
      ['呼和浩特', '内蒙古自治区', 0.3, '0471', '新城区 赛罕区'],
      ['海口', '海南省', 0.3, '0898', '龙华区 美兰区'],
      ['银川', '宁夏回族自治区', 0.2, '0951', '兴庆区 金凤区'],
      ['西宁', '青海省', 0.15, '0971', '城中区 城西区'],
      ['拉萨', '西藏自治区', 0.1, '0891', '城关区'],
    ] as const
  ).map(([city, province, w, area, districts]) => [
    { city, province, area, districts: districts.split(' ') },
    w,
  ]),
);

export const ROADS =
  '人民路 解放路 中山路 建设路 和平路 新华路 长江路 黄河路 科技路 创业路 文化路 滨江大道 高新大道 世纪大道 工业路 环城路'.split(
    ' ',
  );

/** Industry key (as in DEFAULT_ENTRIES) with weight and the words its company names carry. */
export const INDUSTRIES = new Weighted(
  (
    [
      ['it', 18, '信息技术 软件 网络科技 数据科技 智能科技 云计算'],
      ['manufacturing', 20, '机械 精密制造 电子 新材料 五金制品 自动化设备'],
      ['retail', 14, '商贸 贸易 百货 电子商务 商业连锁'],
      ['finance', 5, '投资管理 融资租赁 资产管理 保险代理'],
      ['education', 7, '教育科技 培训 文化教育 职业技能培训'],
      ['healthcare', 6, '医疗器械 生物科技 健康管理 医药'],
      ['real_estate', 4, '置业 房地产开发 物业管理'],
      ['consulting', 8, '企业管理咨询 咨询 财务咨询 人力资源'],
      ['media', 5, '文化传媒 广告 影视文化 品牌策划'],
      ['logistics', 5, '物流 供应链管理 货运代理 仓储'],
      ['catering', 5, '餐饮管理 食品 餐饮'],
      ['other', 3, '实业 工程 建筑工程 环保科技'],
    ] as const
  ).map(([key, w, words]) => [{ key, words: words.split(' ') }, w]),
);

export const LEGAL_FORMS = new Weighted(
  table('有限公司:60 科技有限公司:12 有限责任公司:10 股份有限公司:5 集团有限公司:2 工作室:3 商行:2'),
);
export const SOURCES = new Weighted(
  table(
    'wechat:22 friend:15 website:12 referral:10 search_ads:9 online_ads:8 douyin:7 trade_show:6 ' +
      'offline_event:4 cold_visit:4 zhihu:2 other:1',
  ),
);
export const COMPANY_SIZES = new Weighted(table('lt50:55 50_200:28 200_500:10 gt500:7'));
export const TYPES = new Weighted(table('prospect:45 intent:22 customer:20 repeat:7 lost:6'));
/** Status and stage follow the type, as they do in a real pipeline. */
export const STATUS_BY_TYPE: Record<string, Weighted<string>> = {
  prospect: new Weighted(table('new:60 following:40')),
  intent: new Weighted(table('following:90 new:10')),
  customer: new Weighted(table('done:70 following:30')),
  repeat: new Weighted(table('done:60 following:40')),
  lost: new Weighted(table('lost:100')),
};
export const STAGE_BY_TYPE: Record<string, Weighted<string>> = {
  prospect: new Weighted(table('lead:85 intent:15')),
  intent: new Weighted(table('intent:45 proposal:35 negotiation:20')),
  customer: new Weighted(table('won:100')),
  repeat: new Weighted(table('won:100')),
  lost: new Weighted(table('lost:100')),
};
/** Contacts per customer: 2 on average. */
export const CONTACT_COUNTS = new Weighted([
  [1, 30],
  [2, 45],
  [3, 20],
  [4, 5],
] as const);
export const TAGS = new Weighted(
  table('key_prospect:30 churn_risk:25 high_repeat:20 b2b_key_account:15 strategic_partner:10'),
);
export const CONTACT_ROLES = new Weighted(table('decision_maker:30 influencer:30 user:30 other:10'));
export const DATA_SOURCES = new Weighted(
  table('business_card:35 trade_show:15 referral:20 public:10 self:15 other:5'),
);
export const TITLES =
  '总经理 副总经理 董事长 采购经理 采购专员 技术总监 财务经理 行政主管 销售总监 项目经理 市场经理 运营总监 IT主管 办公室主任 店长 创始人'.split(
    ' ',
  );
export const MOBILE_PREFIXES =
  '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199'.split(
    ' ',
  );
export const MAIL_DOMAINS = new Weighted(
  table('163.com:30 126.com:12 sina.com:6 foxmail.com:8 gmail.com:5 outlook.com:5 139.com:4 aliyun.com:3'),
);
export const NEEDS = [
  '希望上线一套客户管理系统，替换现在的 Excel 表格',
  '需要统一销售团队的跟进记录',
  '年底前完成门店数字化改造',
  '寻找稳定的供应商，要求账期 60 天',
  '想做小程序商城，先试点一个城市',
  '需要定制培训方案，覆盖 200 名员工',
  '现有系统响应慢，想迁移到云上',
  '采购一批设备，预算需要分两期',
];
export const PAIN_POINTS = [
  '数据分散在多个表格里，经常对不上',
  '价格敏感，多家在比价',
  '决策链长，需要总部审批',
  '之前的服务商响应慢',
  '内部没有技术人员',
];
export const KEYWORDS = '降本 增效 数字化 合规 私有部署 移动办公 报表 集成 培训 售后 账期 定制'.split(' ');
export const NOTES = [
  '老板比较看重售后服务',
  '下季度有预算，先保持联系',
  '对价格敏感，报价要留余地',
  '通过展会认识，对方主动留了名片',
  '已发资料，等内部讨论',
  '春节后再约上门拜访',
  '客户希望先试用一个月',
];

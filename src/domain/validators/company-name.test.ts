import { describe, expect, it } from 'vitest';
import { comparableCompanyName, similarCompanyNames } from './company-name';

describe('comparableCompanyName', () => {
  it.each([
    ['北京字节跳动科技有限公司', '字节跳动科技'],
    ['字节跳动科技（北京）有限公司', '字节跳动科技'],
    ['字节跳动科技(北京)有限公司', '字节跳动科技'],
    ['字节跳动科技【北京】有限公司', '字节跳动科技'],
    ['北京市字节跳动科技有限公司', '字节跳动科技'],
    ['字节跳动科技有限公司上海分公司', '字节跳动科技'],
    ['字节跳动科技有限公司（上海市）', '字节跳动科技'],
    [' 北京 字节跳动 科技 有限公司 ', '字节跳动科技'],
    ['北京\u3000字节跳动科技有限公司', '字节跳动科技'],
  ])('%s → %s', (name, core) => {
    expect(comparableCompanyName(name)).toBe(core);
  });

  it('strips every legal form, longest first and repeatedly', () => {
    expect(comparableCompanyName('杭州海康威视数字技术股份有限公司')).toBe('海康威视数字技术');
    expect(comparableCompanyName('深圳市腾讯计算机系统有限公司')).toBe('腾讯计算机系统');
    expect(comparableCompanyName('万科企业股份有限公司')).toBe('万科企业');
    expect(comparableCompanyName('中国石油天然气集团有限公司')).toBe('中国石油天然气');
    expect(comparableCompanyName('美的集团股份有限公司')).toBe('美的');
    expect(comparableCompanyName('小米科技有限责任公司')).toBe('小米科技');
    expect(comparableCompanyName('青岛海尔集团')).toBe('青岛海尔'); // 海尔 alone is too short to drop 青岛
    expect(comparableCompanyName('四川长虹电器集团')).toBe('长虹电器');
    expect(comparableCompanyName('张三设计工作室')).toBe('张三设计');
    expect(comparableCompanyName('上海金杜律师事务所')).toBe('金杜律师');
    expect(comparableCompanyName('深圳前海启明投资合伙企业(有限合伙)')).toBe('前海启明投资');
    expect(comparableCompanyName('某某咨询服务部公司')).toBe('某某咨询服务部');
  });

  it('keeps the industry word, which tells two businesses of one brand apart', () => {
    expect(comparableCompanyName('北京字节跳动教育科技有限公司')).toBe('字节跳动教育科技');
    expect(comparableCompanyName('成都李四咨询有限公司')).toBe('李四咨询');
  });

  it('knows every provincial-level division, with its formal suffix', () => {
    const provinces = [
      '北京市',
      '天津市',
      '上海市',
      '重庆市',
      '河北省',
      '山西省',
      '辽宁省',
      '吉林省',
      '黑龙江省',
      '江苏省',
      '浙江省',
      '安徽省',
      '福建省',
      '江西省',
      '山东省',
      '河南省',
      '湖北省',
      '湖南省',
      '广东省',
      '海南省',
      '四川省',
      '贵州省',
      '云南省',
      '陕西省',
      '甘肃省',
      '青海省',
      '台湾省',
      '内蒙古自治区',
      '广西壮族自治区',
      '西藏自治区',
      '宁夏回族自治区',
      '新疆维吾尔自治区',
      '香港特别行政区',
      '澳门特别行政区',
    ];
    expect(provinces).toHaveLength(34);
    for (const province of provinces) {
      expect(comparableCompanyName(`${province}星河贸易有限公司`)).toBe('星河贸易');
      const short = province.replace(/(?:壮族|回族|维吾尔)?自治区$|特别行政区$|[省市]$/u, '');
      expect(comparableCompanyName(`${short}星河贸易有限公司`)).toBe('星河贸易');
      expect(comparableCompanyName(`星河贸易（${province}）有限公司`)).toBe('星河贸易');
    }
  });

  it('knows the major cities', () => {
    for (const city of ['深圳', '广州', '杭州', '成都', '南京', '武汉', '西安', '苏州', '厦门', '乌鲁木齐']) {
      expect(comparableCompanyName(`${city}市星河贸易有限公司`)).toBe('星河贸易');
      expect(comparableCompanyName(`星河贸易(${city})有限公司`)).toBe('星河贸易');
    }
  });

  it('drops a bracketed (中国) but keeps a leading 中国, which is part of the name', () => {
    expect(comparableCompanyName('阿里巴巴（中国）网络技术有限公司')).toBe('阿里巴巴网络技术');
    expect(comparableCompanyName('中国银行股份有限公司')).toBe('中国银行');
  });

  it('keeps a place that is the trade name itself', () => {
    expect(comparableCompanyName('北京银行股份有限公司')).toBe('北京银行');
    expect(comparableCompanyName('四川航空股份有限公司')).toBe('四川航空');
    expect(comparableCompanyName('中山大学')).toBe('中山大学');
    expect(comparableCompanyName('老北京')).toBe('老北京');
  });

  it('reads 市政 and 市场 as words, not as the 市 of a city', () => {
    expect(comparableCompanyName('上海市政工程设计研究总院(集团)有限公司')).toBe('市政工程设计研究总院');
    expect(comparableCompanyName('杭州市场调研有限公司')).toBe('市场调研');
  });

  it('removes punctuation and symbols, converts full width, lower-cases Latin letters', () => {
    expect(comparableCompanyName('Ｋｅｙｉ·客易（深圳）科技有限公司')).toBe('keyi客易科技');
    expect(comparableCompanyName('“星河”贸易-有限公司')).toBe('星河贸易');
    expect(comparableCompanyName('A&B 咨询有限公司')).toBe('ab咨询');
  });

  it('never reduces a name to nothing', () => {
    expect(comparableCompanyName('公司')).toBe('公司');
    expect(comparableCompanyName('集团')).toBe('集团');
    expect(comparableCompanyName('北京公司')).toBe('北京');
    expect(comparableCompanyName('')).toBe('');
    expect(comparableCompanyName(' （） ')).toBe('');
  });
});

describe('similarCompanyNames', () => {
  it('matches the same company written differently', () => {
    expect(similarCompanyNames('北京字节跳动科技有限公司', '字节跳动科技（北京）有限公司')).toBe(true);
    expect(similarCompanyNames('字节跳动科技有限公司上海分公司', '北京字节跳动科技有限公司')).toBe(true);
    expect(similarCompanyNames('深圳市腾讯计算机系统有限公司', '腾讯计算机系统有限公司')).toBe(true);
    expect(similarCompanyNames('美的集团股份有限公司', '美的集团')).toBe(true);
  });

  it('matches when one core contains the other and the shorter has four characters or more', () => {
    expect(similarCompanyNames('字节跳动', '北京字节跳动科技有限公司')).toBe(true);
    expect(similarCompanyNames('北京字节跳动科技有限公司', '字节跳动')).toBe(true);
    expect(similarCompanyNames('海康威视', '杭州海康威视数字技术股份有限公司')).toBe(true);
  });

  it('does not match on a short contained core', () => {
    expect(similarCompanyNames('华为', '华为技术有限公司')).toBe(false);
    expect(similarCompanyNames('字节跳', '北京字节跳动科技有限公司')).toBe(false);
  });

  it('does not match different companies', () => {
    expect(similarCompanyNames('北京字节跳动科技有限公司', '北京字节跳动教育有限公司')).toBe(false);
    expect(similarCompanyNames('北京银行', '上海银行')).toBe(false);
    expect(similarCompanyNames('四川航空股份有限公司', '海南航空股份有限公司')).toBe(false);
    expect(similarCompanyNames('上海张三咨询有限公司', '上海李四咨询有限公司')).toBe(false);
  });

  it('never matches an empty name', () => {
    expect(similarCompanyNames('', '')).toBe(false);
    expect(similarCompanyNames('（）', '字节跳动科技')).toBe(false);
  });
});

import type { SeededRandom } from './seeded-random.ts';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鹏建红飞鑫波斌宇浩凯健俊帆帅旭宁欣琳晶婷雪慧颖倩琴云莉丹佳文博晨辰雨婕思远志国华东海峰岩松柏梅竹清诚瑞祥';

/** A plausible Chinese name of two or three characters, drawn from `random`. */
export function chineseName(random: SeededRandom): string {
  const surname = random.pick([...SURNAMES]);
  const given = [...GIVEN];
  return random.next() < 0.35 ? surname + random.pick(given) : surname + random.pick(given) + random.pick(given);
}

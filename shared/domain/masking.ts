/**
 * Confidentiality 保密 (DOMAIN.md "Rules that must hold"): customer details in a complaint case are
 * masked before the case is stored. Numbers are found by their shape; names and addresses only where
 * the text marks them (客户张三, 姓名：…, 张三先生, 地址：…), because Chinese text has no other sign of
 * where a name starts and ends. Kinds are tried in the order below and a later match that overlaps an
 * earlier one is dropped, so an ID number holding a phone-like run is masked once, as an ID.
 */

export const SENSITIVE_KINDS = ['idNumber', 'mobile', 'landline', 'address', 'name'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

export interface MaskedItem {
  kind: SensitiveKind;
  original: string;
  masked: string;
}

export interface MaskResult {
  text: string;
  found: MaskedItem[];
}

interface Span extends MaskedItem {
  start: number;
  end: number;
}

// Digits or Latin letters next to a number make it part of something longer (an order number
// SO13812345678, a 20-digit serial), which is not a person's number.
const NOT_AFTER = '(?<![0-9A-Za-z+])';
const NOT_BEFORE = '(?![0-9A-Za-z])';

const ID_NUMBER = new RegExp(`${NOT_AFTER}(?:\\d{17}[\\dXx]|\\d{15})${NOT_BEFORE}`, 'g');
const MOBILE = new RegExp(
  `${NOT_AFTER}((?:\\+|00)86[\\s-]?)?(1[3-9]\\d(?:[\\s-]?\\d{4}){2})${NOT_BEFORE}`,
  'g',
);
const LANDLINE = new RegExp(`${NOT_AFTER}(0\\d{2,3})(-?)(\\d{7,8})${NOT_BEFORE}`, 'g');

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** A birth date where an ID number carries one, so that an 18-digit order number stays as it is. */
function plausibleIdNumber(id: string): boolean {
  const birth = id.length === 18 ? id.slice(6, 14) : `19${id.slice(6, 12)}`;
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function findIdNumbers(text: string, add: (s: Span) => void) {
  for (const m of text.matchAll(ID_NUMBER)) {
    const id = m[0];
    if (!plausibleIdNumber(id)) continue;
    const masked = id.slice(0, 3) + stars(id.length - 7) + id.slice(-4);
    add({ kind: 'idNumber', start: m.index, end: m.index + id.length, original: id, masked });
  }
}

function findMobiles(text: string, add: (s: Span) => void) {
  for (const m of text.matchAll(MOBILE)) {
    const digits = m[2]!.replace(/[\s-]/g, '');
    const masked = `${m[1] ?? ''}${digits.slice(0, 3)}****${digits.slice(-4)}`;
    add({ kind: 'mobile', start: m.index, end: m.index + m[0].length, original: m[0], masked });
  }
}

function findLandlines(text: string, add: (s: Span) => void) {
  for (const m of text.matchAll(LANDLINE)) {
    let area = m[1]!;
    let local = m[3]!;
    // Written without a dash, the area code's length says where the local number starts: 010 and
    // 02x are three digits, every other area code four.
    if (!m[2]) {
      const all = area + local;
      const areaLength = /^0[12]/.test(all) ? 3 : 4;
      area = all.slice(0, areaLength);
      local = all.slice(areaLength);
      if (local.length < 7 || local.length > 8) continue;
    }
    const masked = `${area}${m[2]}${stars(local.length - 4)}${local.slice(-4)}`;
    add({ kind: 'landline', start: m.index, end: m.index + m[0].length, original: m[0], masked });
  }
}

const ADDRESS_LABEL =
  /(?:收货地址|家庭住址|联系地址|居住地|户籍地|地址|住址|家住|住在|现住)(?:是|为)?[：:]?\s*/gu;
// Text up to the first of these ends the address.
const ADDRESS_END = /[，。；;,!！?？\n\r、（）()【】[\]]/u;
/** Province, city and district (省 / 市 / 区 / 县 …): coarse enough to name no household. */
const ADMIN_PREFIX =
  /^(?:(?:(?![省市区县])\p{Script=Han}){1,7}(?:省|自治区|特别行政区))?(?:(?:(?![省市区县])\p{Script=Han}){1,7}(?:市|自治州|州|盟|地区))?(?:(?:(?![省市区县])\p{Script=Han}){1,7}(?:区|县|市|旗))?/u;

function findAddresses(text: string, add: (s: Span) => void, taken: readonly Span[]) {
  for (const m of text.matchAll(ADDRESS_LABEL)) {
    const start = m.index + m[0].length;
    let end = text.length;
    const stop = ADDRESS_END.exec(text.slice(start));
    if (stop) end = start + stop.index;
    // A phone number written right after the address is masked on its own, and ends the address.
    for (const s of taken) if (s.start >= start && s.start < end) end = s.start;
    const original = text.slice(start, end).trimEnd();
    const kept = ADMIN_PREFIX.exec(original)?.[0] ?? '';
    const rest = original.slice(kept.length);
    if (!rest || /^\*+$/.test(rest)) continue;
    add({ kind: 'address', start, end: start + original.length, original, masked: `${kept}***` });
  }
}

const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '司徒',
  '夏侯',
  '尉迟',
  '长孙',
  '宇文',
  '公孙',
  '轩辕',
  '端木',
  '南宫',
  '西门',
];
// Common surnames. 向 and 和 are left out: after 客户 they are far more often "to" and "and".
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);
/** Words that follow 客户/用户 and open with a surname's character but name nobody. */
const NOT_NAMES = [
  '关系',
  '关注',
  '关怀',
  '方面',
  '方式',
  '方案',
  '余额',
  '金额',
  '文化',
  '成本',
  '成功',
  '成交',
  '应该',
  '全部',
  '全程',
  '路径',
  '明确',
  '明细',
  '时间',
  '时候',
  '单位',
  '单号',
  '车辆',
  '车型',
  '管理',
  '安全',
  '安装',
  '安排',
  '高度',
  '高端',
  '高兴',
  '于是',
  '常用',
  '信息',
  '司机',
  '史上',
  '曾经',
  '多次',
  '白天',
  '万一',
];
const NAME_LABEL =
  /(?:客户|顾客|用户|消费者|投诉人|投诉者|来电人|来电者|联系人|当事人|姓名|户主|收件人|收货人|购买人|车主|业主)(?:是|为|叫)?[：:]?\s*/gu;
const TITLES = ['先生', '女士', '小姐'];
/** Characters that open the words that follow a name (反映, 称, 表示, 来电 …) rather than continue it. */
const AFTER_NAME = new Set([
  ...'反称说表来投在于的因对要认购致向是与和等打拨通已再又也就都到把被给将问希想提咨发还了曾多某及并从自用所今昨前后年月日',
]);

const HAN = /^\p{Script=Han}$/u;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
const titleAt = (text: string, i: number) => TITLES.some((t) => text.startsWith(t, i));

function surnameLength(text: string, i: number): number {
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s, i))) return 2;
  return SURNAMES.has(text[i] ?? '') ? 1 : 0;
}

/** A name written right after a label (客户张三反映): the surname and one or two more characters. */
function labelledNameAt(text: string, i: number): { end: number; surname: string } | null {
  const surname = surnameLength(text, i);
  if (!surname || NOT_NAMES.some((w) => text.startsWith(w, i))) return null;
  let end = i + surname;
  while (end - i - surname < 2 && isHan(text[end]) && !titleAt(text, end) && !AFTER_NAME.has(text[end]!))
    end++;
  if (end === i + surname) return null;
  return { end, surname: text.slice(i, i + surname) };
}

/** A name written right before a title (张三先生): the longest one that opens with a surname. */
function titledNameBefore(text: string, titleStart: number): { start: number; surname: string } | null {
  for (const length of [4, 3, 2]) {
    const start = titleStart - length;
    if (start < 0) continue;
    const chars = [...text.slice(start, titleStart)];
    if (chars.length !== length || !chars.every(isHan)) continue;
    const surname = surnameLength(text, start);
    const given = length - surname;
    if (!surname || given < 1 || given > 2) continue;
    return { start, surname: text.slice(start, start + surname) };
  }
  return null;
}

function findNames(text: string, add: (s: Span) => void) {
  for (const m of text.matchAll(NAME_LABEL)) {
    const start = m.index + m[0].length;
    const name = labelledNameAt(text, start);
    if (!name) continue;
    const original = text.slice(start, name.end);
    add({ kind: 'name', start, end: name.end, original, masked: `${name.surname}**` });
  }
  for (const title of TITLES) {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + title.length)) {
      const name = titledNameBefore(text, at);
      if (!name) continue;
      const original = text.slice(name.start, at);
      add({ kind: 'name', start: name.start, end: at, original, masked: `${name.surname}**` });
    }
  }
}

/** Masks customer names, phone numbers, ID numbers and addresses in a text; lists what it masked. */
export function maskSensitive(text: string): MaskResult {
  const spans: Span[] = [];
  const add = (span: Span) => {
    if (spans.some((s) => span.start < s.end && s.start < span.end)) return;
    spans.push(span);
  };
  findIdNumbers(text, add);
  findMobiles(text, add);
  findLandlines(text, add);
  findAddresses(text, add, spans);
  findNames(text, add);
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.masked;
    at = s.end;
  }
  out += text.slice(at);
  return { text: out, found: spans.map(({ kind, original, masked }) => ({ kind, original, masked })) };
}

/**
 * Money as the office handles it: stored as integer fen (分) in CNY, typed and shown as yuan (¥).
 * One module for every screen, so a receipt, a charge and a copy's replacement cost read alike.
 */

const YUAN = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/**
 * Yuan as people write them (`35`, `35.5`, `¥35.50`, `1,280.00`, full-width digits) → integer fen,
 * or null when it is not an amount of money with at most two decimals. No floating point: the
 * decimals are read as digits.
 */
export function parseYuan(text: string): number | null {
  const compact = text
    .normalize('NFKC')
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*(元|yuan|CNY|RMB)$/i, '');
  if (!YUAN.test(compact)) return null;
  const [whole, decimals = ''] = compact.replace(/,/g, '').split('.') as [string, string?];
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Fen → yuan with two decimals (`3550` → `35.50`), the way the form shows a stored amount. */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `¥1,234.50` from 123450 fen. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

/** 0–9999 in capitals, zeros inside read once (1005 → 壹仟零伍), none at the end (1500 → 壹仟伍佰). */
function sectionInCapitals(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + PLACES[place]!;
  }
  return out;
}

function yuanInCapitals(yuan: number): string {
  if (yuan === 0) return '';
  const sections: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) sections.push(rest % 10000);
  let out = '';
  let zeroBefore = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i]!;
    if (section === 0) {
      if (out) zeroBefore = true;
      continue;
    }
    // A gap in the thousands of a section (10,0005 → 壹拾万零伍) is read as one zero.
    if (out && (zeroBefore || section < 1000)) out += '零';
    zeroBefore = false;
    out += sectionInCapitals(section) + SECTIONS[i]!;
  }
  return out;
}

/**
 * The amount in Chinese capitals as written on receipts (the People's Bank rules for filling in
 * vouchers): 123.45 → 壹佰贰拾叁元肆角伍分, 100 → 壹佰元整, 100.05 → 壹佰元零伍分.
 */
export function amountInCapitals(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`bad amount ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${yuanInCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (yuan > 0 && (yuan % 10 === 0 || jiao === 0)) out += '零';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  out += cents > 0 ? `${DIGITS[cents]}分` : '整';
  return out;
}

/** A yuan amount from a number field, in whole fen; null when nothing usable was typed. */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan) || yuan < 0) return null;
  // 0.1 + 0.2 is 0.30000000000000004: round to the fen, never truncate.
  return Math.round(yuan * 100);
}

/** Fen as a number of yuan, for a number field. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

import { describe, expect, it } from 'vitest';
import { maskSensitive } from './masking';

const mask = (text: string) => maskSensitive(text).text;

describe('masking phone numbers', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    const result = maskSensitive('客户来电号码13812341234，要求退货');
    expect(result.text).toBe('客户来电号码138****1234，要求退货');
    expect(result.found).toEqual([{ kind: 'mobile', original: '13812341234', masked: '138****1234' }]);
  });

  it('masks mobile numbers written with spaces, dashes or +86', () => {
    expect(mask('手机 138 1234 5678。')).toBe('手机 138****5678。');
    expect(mask('手机138-1234-5678')).toBe('手机138****5678');
    expect(mask('call +86 13912345678 now')).toBe('call +86 139****5678 now');
    expect(mask('电话：+8615912345678')).toBe('电话：+86159****5678');
  });

  it('keeps the area code and last four digits of a landline', () => {
    expect(maskSensitive('座机010-12345678').found).toEqual([
      { kind: 'landline', original: '010-12345678', masked: '010-****5678' },
    ]);
    expect(mask('座机0755-8765432')).toBe('座机0755-***5432');
    expect(mask('座机01012345678')).toBe('座机010****5678');
    expect(mask('座机075587654321')).toBe('座机0755****4321');
  });

  it('leaves phone-like runs inside longer numbers and order numbers alone', () => {
    const untouched = [
      '订单号 202311138123456789012',
      '订单号SO13812345678已退款',
      '流水号 9913812345678',
      '价格 1380.00 元，日期 2023-11-15',
      '工单 13812345678901',
    ];
    for (const text of untouched) expect(maskSensitive(text).found, text).toEqual([]);
  });
});

describe('masking ID numbers', () => {
  it('keeps the first three and last four characters of an 18-digit ID', () => {
    const result = maskSensitive('身份证号110101199003071234');
    expect(result.text).toBe('身份证号110***********1234');
    expect(result.found).toEqual([
      { kind: 'idNumber', original: '110101199003071234', masked: '110***********1234' },
    ]);
    expect(mask('证件 11010119900307123X')).toBe('证件 110***********123X');
  });

  it('masks an old 15-digit ID', () => {
    expect(mask('旧身份证110101900307123')).toBe('旧身份证110********7123');
  });

  it('masks an ID holding a phone-like run once, as an ID', () => {
    // 13810219900 opens this ID (Hebei's area codes start with 13): one finding, not two.
    const result = maskSensitive('证件号 138102199003071234');
    expect(result.found).toEqual([
      { kind: 'idNumber', original: '138102199003071234', masked: '138***********1234' },
    ]);
    expect(result.text).toBe('证件号 138***********1234');
  });

  it('leaves an 18-digit number without a birth date in it alone', () => {
    expect(maskSensitive('订单号 202311150012345678').found).toEqual([]);
  });
});

describe('masking customer names', () => {
  it('masks everything after the surname of a labelled name', () => {
    expect(mask('客户张三反映空调不制冷')).toBe('客户张**反映空调不制冷');
    expect(mask('客户张小明反映')).toBe('客户张**反映');
    expect(mask('顾客：王五，女')).toBe('顾客：王**，女');
    expect(mask('姓名：李四')).toBe('姓名：李**');
    expect(mask('投诉人欧阳娜娜称')).toBe('投诉人欧阳**称');
  });

  it('keeps a surname with a title, which names nobody, and masks a full name before one', () => {
    expect(maskSensitive('客户王先生来电，李女士陪同').found).toEqual([]);
    expect(mask('张三先生来电')).toBe('张**先生来电');
    expect(mask('客户张三先生来电')).toBe('客户张**先生来电');
    expect(mask('经理联系了李晓红女士')).toBe('经理联系了李**女士');
  });

  it('does not take words after 客户 for names', () => {
    const untouched = ['客户关系专员回访', '客户服务部', '客户金额有误', '客户满意度调查', '客户张某来电'];
    for (const text of untouched) expect(maskSensitive(text).found, text).toEqual([]);
  });
});

describe('masking addresses', () => {
  it('keeps province, city and district and masks the rest', () => {
    const result = maskSensitive('地址：北京市朝阳区建国路88号3单元501，要求上门');
    expect(result.text).toBe('地址：北京市朝阳区***，要求上门');
    expect(result.found).toEqual([
      { kind: 'address', original: '北京市朝阳区建国路88号3单元501', masked: '北京市朝阳区***' },
    ]);
    expect(mask('家住广东省深圳市南山区科技园路1号。')).toBe('家住广东省深圳市南山区***。');
    expect(mask('住址上海市浦东新区张江路')).toBe('住址上海市浦东新区***');
    expect(mask('地址：杭州市西湖区文三路100号')).toBe('地址：杭州市西湖区***');
    expect(mask('地址：广州天河区体育西路')).toBe('地址：广州天河区***');
  });

  it('masks all of an address without a recognisable city', () => {
    expect(mask('地址：建国路88号')).toBe('地址：***');
  });

  it('ends an address where a phone number starts, and masks both', () => {
    const result = maskSensitive('地址北京市海淀区中关村大街1号13812345678');
    expect(result.text).toBe('地址北京市海淀区***138****5678');
    expect(result.found.map((f) => f.kind)).toEqual(['address', 'mobile']);
  });

  it('leaves an address that names only a city alone', () => {
    expect(maskSensitive('家住北京市，').found).toEqual([]);
  });
});

describe('masking a whole text', () => {
  const complaint =
    '2023年11月15日，客户张三（手机13812345678，身份证110101199003071234）来电投诉，' +
    '地址：北京市朝阳区建国路88号。订单号DD20231115001，金额1299元。';

  it('masks every kind at once and lists them in reading order', () => {
    const result = maskSensitive(complaint);
    expect(result.text).toBe(
      '2023年11月15日，客户张**（手机138****5678，身份证110***********1234）来电投诉，' +
        '地址：北京市朝阳区***。订单号DD20231115001，金额1299元。',
    );
    expect(result.found.map((f) => f.kind)).toEqual(['name', 'mobile', 'idNumber', 'address']);
  });

  it('finds nothing more in a text it has masked', () => {
    const once = maskSensitive(complaint).text;
    expect(maskSensitive(once)).toEqual({ text: once, found: [] });
  });

  it('leaves text without personal details as it is', () => {
    const text = 'Customer called about a late refund; order SO-2023-001, price ¥1,380.';
    expect(maskSensitive(text)).toEqual({ text, found: [] });
  });
});

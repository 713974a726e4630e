import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { readSpreadsheet, tidyRows } from './spreadsheet-read';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-read-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const filePath = path.join(dir, name);
  await fs.writeFile(filePath, bytes);
  return filePath;
}

/** GBK codes of the few characters the tests use (Node can decode GBK but not encode it). */
const GBK_CODES: Record<string, [number, number]> = {
  工: [0xb9, 0xa4],
  号: [0xba, 0xc5],
  姓: [0xd0, 0xd5],
  名: [0xc3, 0xfb],
  部: [0xb2, 0xbf],
  门: [0xc3, 0xc5],
  张: [0xd5, 0xc5],
  伟: [0xce, 0xb0],
  客: [0xbf, 0xcd],
  服: [0xb7, 0xfe],
};

function encodeGbk(text: string): Uint8Array {
  const bytes = [...text].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return [code];
    const gbk = GBK_CODES[char];
    if (!gbk) throw new Error(`No GBK code for ${char} in the test table`);
    return gbk;
  });
  return Uint8Array.from(bytes);
}

describe('reading CSV', () => {
  it('encodes the test table right', () => {
    const text = Object.keys(GBK_CODES).join('');
    expect(new TextDecoder('gbk').decode(encodeGbk(text))).toBe(text);
  });

  it('reads a GBK file as Excel on Chinese Windows saves it', async () => {
    const file = await fileWith('人员.csv', encodeGbk('工号,姓名,部门\r\nE1,张伟,客服部\r\n'));
    expect(await readSpreadsheet(file, '人员.csv')).toEqual({
      format: 'csv',
      encoding: 'gb18030',
      sheets: [
        {
          name: '人员',
          rows: [
            ['工号', '姓名', '部门'],
            ['E1', '张伟', '客服部'],
          ],
        },
      ],
    });
  });

  it('reads UTF-8 with a BOM, leaving no BOM on the first header', async () => {
    const file = await fileWith('a.csv', '\uFEFF工号,姓名\r\nE1,张伟\r\n');
    const read = await readSpreadsheet(file, 'a.csv');
    expect(read.encoding).toBe('utf-8');
    expect(read.sheets[0]?.rows).toEqual([
      ['工号', '姓名'],
      ['E1', '张伟'],
    ]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const file = await fileWith('a.csv', '工号,姓名\nE1,张伟\n');
    const read = await readSpreadsheet(file, 'a.csv');
    expect(read.encoding).toBe('utf-8');
    expect(read.sheets[0]?.rows).toEqual([
      ['工号', '姓名'],
      ['E1', '张伟'],
    ]);
  });

  it('reads Excel "Unicode text": UTF-16 with tabs', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('工号\t姓名\r\nE1\t张伟\r\n', 'utf16le'),
    ]);
    const read = await readSpreadsheet(await fileWith('a.txt', utf16), 'a.txt');
    expect(read.encoding).toBe('utf-16le');
    expect(read.sheets[0]?.rows).toEqual([
      ['工号', '姓名'],
      ['E1', '张伟'],
    ]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', async () => {
    const csv = '姓名,备注\r\n"张伟","夜班, 兼职"\r\n"李娜","第一行\r\n第二行"\r\n"王芳","说 ""好"""\r\n';
    const read = await readSpreadsheet(await fileWith('q.csv', csv), 'q.csv');
    expect(read.sheets[0]?.rows).toEqual([
      ['姓名', '备注'],
      ['张伟', '夜班, 兼职'],
      ['李娜', '第一行\r\n第二行'],
      ['王芳', '说 "好"'],
    ]);
  });

  it('trims cells, skips blank lines and pads short rows to the header width', async () => {
    const csv = '工号 , 姓名 ,部门\r\n\r\n E1 ,张伟\r\n , , \r\nE2,李娜,质检部,\r\n';
    const read = await readSpreadsheet(await fileWith('t.csv', csv), 't.csv');
    expect(read.sheets[0]?.rows).toEqual([
      ['工号', '姓名', '部门'],
      ['E1', '张伟', ''],
      ['E2', '李娜', '质检部'],
    ]);
  });

  it('refuses a field whose quote is never closed instead of swallowing the rows after it', async () => {
    const file = await fileWith('bad.csv', '姓名,备注\r\n张伟,"夜班\r\n李娜,早班\r\n');
    await expect(readSpreadsheet(file, 'bad.csv')).rejects.toMatchObject({ code: 'importUnreadable' });
  });

  it('refuses a binary file named .csv', async () => {
    const file = await fileWith('x.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    await expect(readSpreadsheet(file, 'x.csv')).rejects.toMatchObject({ code: 'importUnreadable' });
  });
});

describe('tidying rows', () => {
  it('drops trailing empty cells but keeps data past the header', () => {
    expect(
      tidyRows([
        ['a', 'b', ''],
        ['1', '', '', ''],
        ['1', '2', '3'],
      ]),
    ).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['1', '2', '3'],
    ]);
  });
});

async function writeSampleWorkbook(filePath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  sheet.addRow(['工号', '姓名', '入职日期', '得分', '总分', '备注']);
  const row = sheet.addRow([
    '00123',
    { richText: [{ text: '张' }, { text: '伟', font: { bold: true } }] },
    new Date(Date.UTC(2024, 2, 5)),
    0.1 + 0.2,
    { formula: 'D2*10', result: 3 },
    null,
  ]);
  row.getCell(3).numFmt = 'yyyy-mm-dd';
  sheet.addRow([' E2 ', '李娜', null, 1e21]);
  sheet.addRow([]);
  workbook.addWorksheet('课程').addRow(['课程名称']);
  await workbook.xlsx.writeFile(filePath);
}

const SAMPLE_SHEETS = [
  {
    name: '人员',
    rows: [
      ['工号', '姓名', '入职日期', '得分', '总分', '备注'],
      ['00123', '张伟', '2024-03-05', '0.3', '3', ''],
      ['E2', '李娜', '', '1000000000000000000000', '', ''],
    ],
  },
  { name: '课程', rows: [['课程名称']] },
];

/** Stores a zip's entries again in the given order, as producers other than Excel may. */
async function reorderZip(source: string, target: string, firstNames: string[]): Promise<void> {
  const zip = await yauzl.openPromise(source, { autoClose: false });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue; // folder entries, which yazl adds by itself
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  const out = new yazl.ZipFile();
  for (const name of [...firstNames, ...[...entries.keys()].filter((name) => !firstNames.includes(name))]) {
    const bytes = entries.get(name);
    if (bytes) out.addBuffer(bytes, name);
  }
  out.end();
  await pipeline(out.outputStream, createWriteStream(target));
}

describe('reading XLSX', () => {
  it('reads every sheet as the text Excel shows', async () => {
    const file = path.join(dir, 'people.xlsx');
    await writeSampleWorkbook(file);
    expect(await readSpreadsheet(file, 'people.xlsx')).toEqual({ format: 'xlsx', sheets: SAMPLE_SHEETS });
  });

  it('reads dates right when the styles are stored after the sheets', async () => {
    const original = path.join(dir, 'original.xlsx');
    await writeSampleWorkbook(original);
    const reordered = path.join(dir, 'reordered.xlsx');
    await reorderZip(original, reordered, [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
    ]);
    expect(await readSpreadsheet(reordered, 'people.xlsx')).toEqual({
      format: 'xlsx',
      sheets: SAMPLE_SHEETS,
    });
  });

  it('keeps every Chinese character of a large workbook intact', async () => {
    // Big enough that the text crosses many chunk boundaries of the zip stream, where exceljs'
    // streaming reader split multi-byte characters.
    const file = path.join(dir, 'big.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['工号', '姓名', '部门']);
    const names = ['张伟', '王秀英', '李娜', '欧阳娜娜', '诸葛亮明'];
    for (let i = 0; i < 20_000; i++)
      sheet.addRow([`E${i}`, `${names[i % names.length]}${i}`, '客户服务部投诉处理组']);
    await workbook.xlsx.writeFile(file);
    const [read] = (await readSpreadsheet(file, 'big.xlsx')).sheets;
    expect(read!.rows).toHaveLength(20_001);
    expect(read!.rows.flat().some((cell) => cell.includes('\uFFFD'))).toBe(false);
    expect(read!.rows[12_345]).toEqual(['E12344', '诸葛亮明12344', '客户服务部投诉处理组']);
  }, 60_000);

  it('refuses a file that is not a workbook', async () => {
    const file = await fileWith('bad.xlsx', 'hello, not a zip');
    await expect(readSpreadsheet(file, 'bad.xlsx')).rejects.toMatchObject({ code: 'importUnreadable' });
  });

  it('refuses a workbook cut short, at once', async () => {
    const whole = path.join(dir, 'whole.xlsx');
    await writeSampleWorkbook(whole);
    const bytes = await fs.readFile(whole);
    const file = await fileWith('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(readSpreadsheet(file, 'cut.xlsx')).rejects.toMatchObject({ code: 'importUnreadable' });
  });

  it('refuses an old .xls and other formats by name', async () => {
    const file = await fileWith('old.xls', 'whatever');
    await expect(readSpreadsheet(file, 'old.xls')).rejects.toMatchObject({ code: 'importUnreadable' });
  });
});

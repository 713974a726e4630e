import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../shared/contract';
import type { Deliver, NativeShell, StagingArea } from './ports';
import { ServiceError } from './service-error';
import { createTransferServices } from './transfer';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-transfer-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A staging area on the temp folder, as the renderer fills it with stageBegin/Append. */
function fakeStaging() {
  const paths = new Map<string, string>();
  const staging: StagingArea = {
    pathOf: (stagingId) => {
      const found = paths.get(stagingId);
      if (found === undefined) throw new ServiceError('notFound', 'No such staged file');
      return found;
    },
    create: async () => {
      const stagingId = randomBytes(16).toString('hex');
      const stagedPath = path.join(dir, `staged-${stagingId}`);
      await fs.writeFile(stagedPath, '');
      paths.set(stagingId, stagedPath);
      return { stagingId, path: stagedPath };
    },
    discard: async (stagingId) => {
      paths.delete(stagingId);
    },
  };
  const stage = async (bytes: Uint8Array | string) => {
    const { stagingId, path: stagedPath } = await staging.create();
    await fs.writeFile(stagedPath, bytes);
    return stagingId;
  };
  return { staging, stage };
}

/** A save dialog that always saves into the temp folder under the suggested name. */
function fakeDeliver() {
  const saved: string[] = [];
  const deliver: Deliver = async (fileName, write): Promise<Delivery> => {
    const target = path.join(dir, `delivered-${saved.length}-${fileName}`);
    await write(target);
    saved.push(target);
    return { kind: 'saved', fileName };
  };
  return { deliver, saved };
}

function fakeShell(overrides: Partial<NativeShell>): NativeShell {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    pickFiles: unused,
    pickSavePath: unused,
    pickFolder: unused,
    openPath: unused,
    printRouteToPdf: unused,
    ...overrides,
  };
}

function setUp(shell: NativeShell | null = null) {
  const { staging, stage } = fakeStaging();
  const { deliver, saved } = fakeDeliver();
  return { services: createTransferServices({ staging, deliver, shell }), stage, saved };
}

const PEOPLE = {
  sheetName: '人员',
  headers: ['工号', '姓名', '备注', '得分'],
  rows: [
    ['00123', '张伟', '夜班, 兼职', 92.5],
    ['E2', '李娜', '说 "好"\n第二行', null],
    ['E3', '王芳', null, 0],
  ],
};

const PEOPLE_AS_TEXT = [
  ['工号', '姓名', '备注', '得分'],
  ['00123', '张伟', '夜班, 兼职', '92.5'],
  ['E2', '李娜', '说 "好"\n第二行', ''],
  ['E3', '王芳', '', '0'],
];

describe('importing a staged file', () => {
  it('reads a GBK CSV with Chinese headers', async () => {
    const { services, stage } = setUp();
    // '工号,姓名,部门\r\nE1,张伟,客服部' as Excel on Chinese Windows saves it (GBK).
    const gbk = Uint8Array.from([
      0xb9, 0xa4, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb2, 0xbf, 0xc3, 0xc5, 0x0d, 0x0a, 0x45,
      0x31, 0x2c, 0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0xbf, 0xcd, 0xb7, 0xfe, 0xb2, 0xbf,
    ]);
    expect(new TextDecoder('gbk').decode(gbk)).toBe('工号,姓名,部门\r\nE1,张伟,客服部');
    const stagingId = await stage(gbk);
    const read = await services.importRead({ source: { kind: 'staged', stagingId, fileName: '名单.csv' } });
    expect(read).toEqual({
      fileName: '名单.csv',
      format: 'csv',
      encoding: 'gb18030',
      sheets: [
        {
          name: '名单',
          rows: [
            ['工号', '姓名', '部门'],
            ['E1', '张伟', '客服部'],
          ],
        },
      ],
    });
  });

  it('tells the format by the name the user knows, not the staged path', async () => {
    const { services, stage } = setUp();
    const stagingId = await stage('a,b\r\n1,2\r\n');
    await expect(
      services.importRead({ source: { kind: 'staged', stagingId, fileName: 'scores.pdf' } }),
    ).rejects.toMatchObject({ code: 'importUnreadable' });
  });

  it('refuses a damaged workbook', async () => {
    const { services, stage } = setUp();
    const stagingId = await stage('PK\u0003\u0004 but nothing after');
    await expect(
      services.importRead({ source: { kind: 'staged', stagingId, fileName: '人员.xlsx' } }),
    ).rejects.toMatchObject({ code: 'importUnreadable' });
  });

  it('answers notFound for a staging id it never gave out', async () => {
    const { services } = setUp();
    const stagingId = 'f'.repeat(32);
    await expect(
      services.importRead({ source: { kind: 'staged', stagingId, fileName: 'a.csv' } }),
    ).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('importing a picked file', () => {
  it('reads the file the user chose in the open dialog', async () => {
    const picked = path.join(dir, '培训记录.csv');
    await fs.writeFile(picked, '\uFEFF工号,课程\r\nE1,服务礼仪\r\n');
    let asked: Parameters<NativeShell['pickFiles']>[0] | undefined;
    const { services } = setUp(
      fakeShell({
        pickFiles: async (options) => {
          asked = options;
          return [picked];
        },
      }),
    );
    const read = await services.importRead({ source: { kind: 'pick' } });
    expect(read?.fileName).toBe('培训记录.csv');
    expect(read?.sheets[0]?.rows).toEqual([
      ['工号', '课程'],
      ['E1', '服务礼仪'],
    ]);
    expect(asked?.multiple).toBe(false);
    expect(asked?.filters?.flatMap((filter) => filter.extensions)).toEqual(
      expect.arrayContaining(['csv', 'xlsx']),
    );
  });

  it('answers null when the user cancels the dialog', async () => {
    const { services } = setUp(fakeShell({ pickFiles: async () => [] }));
    expect(await services.importRead({ source: { kind: 'pick' } })).toBeNull();
  });

  it('is unsupported where there is no native dialog (browser mode)', async () => {
    const { services } = setUp(null);
    await expect(services.importRead({ source: { kind: 'pick' } })).rejects.toMatchObject({
      code: 'unsupportedHere',
    });
  });
});

describe('exporting a table', () => {
  it('writes CSV with a BOM and CRLF that imports back unchanged', async () => {
    const { services, stage, saved } = setUp();
    const delivery = await services.exportTable({ format: 'csv', fileName: '人员名单', ...PEOPLE });
    expect(delivery).toEqual({ kind: 'saved', fileName: '人员名单.csv' });
    const bytes = await fs.readFile(saved[0] ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('工号,姓名,备注,得分\r\n00123,张伟,"夜班, 兼职",92.5\r\n');
    expect(text).toContain('"说 ""好""\n第二行"');

    const stagingId = await stage(bytes);
    const read = await services.importRead({
      source: { kind: 'staged', stagingId, fileName: '人员名单.csv' },
    });
    expect(read?.encoding).toBe('utf-8');
    expect(read?.sheets[0]?.rows).toEqual(PEOPLE_AS_TEXT);
  });

  it('writes XLSX with a bold, frozen header and numbers as numbers, that imports back', async () => {
    const { services, stage, saved } = setUp();
    const delivery = await services.exportTable({ format: 'xlsx', fileName: '人员名单.xlsx', ...PEOPLE });
    expect(delivery).toEqual({ kind: 'saved', fileName: '人员名单.xlsx' });
    const file = saved[0] ?? '';

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('人员');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getCell('A2').value).toBe('00123');
    expect(sheet?.getCell('D2').value).toBe(92.5);
    expect(sheet?.getCell('D3').value).toBeNull();
    const widths = [1, 2, 3, 4].map((column) => sheet?.getColumn(column).width ?? 0);
    expect(widths.every((width) => width >= 8 && width <= 60)).toBe(true);
    // The notes column holds the widest text: '夜班, 兼职' is 10 characters wide.
    expect(widths[2]).toBeGreaterThan(widths[0] ?? 0);

    const stagingId = await stage(await fs.readFile(file));
    const read = await services.importRead({
      source: { kind: 'staged', stagingId, fileName: '人员名单.xlsx' },
    });
    expect(read).toEqual({
      fileName: '人员名单.xlsx',
      format: 'xlsx',
      sheets: [{ name: '人员', rows: PEOPLE_AS_TEXT }],
    });
  });

  it('gives the sheet a name Excel accepts', async () => {
    const { services, saved } = setUp();
    await services.exportTable({
      ...PEOPLE,
      format: 'xlsx',
      fileName: 'a.xlsx',
      sheetName: '2024/06: 考勤?',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved[0] ?? '');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['2024_06_ 考勤_']);
  });

  it('exports an import template whose example row imports back as typed', async () => {
    const { services, stage, saved } = setUp();
    const template = {
      sheetName: '模板',
      headers: ['工号', '姓名', '入职日期'],
      rows: [['E1001', '张伟', '2024-03-05']],
    };
    await services.exportTable({ format: 'xlsx', fileName: '人员导入模板.xlsx', ...template });
    const stagingId = await stage(await fs.readFile(saved[0] ?? ''));
    const read = await services.importRead({ source: { kind: 'staged', stagingId, fileName: '模板.xlsx' } });
    expect(read?.sheets).toEqual([{ name: '模板', rows: [template.headers, ...template.rows] }]);
  });
});

describe('printing to PDF', () => {
  it('delivers the bytes the desktop shell printed', async () => {
    const pdf = Uint8Array.from(Buffer.from('%PDF-1.7\n%…\n%%EOF\n'));
    let printed: { route: string; title: string } | undefined;
    const { services, saved } = setUp(
      fakeShell({
        printRouteToPdf: async (route, title) => {
          printed = { route, title };
          return pdf;
        },
      }),
    );
    const delivery = await services.printToPdf({
      route: '/print/roster/abc',
      fileName: '花名册',
      title: '花名册',
    });
    expect(delivery).toEqual({ kind: 'saved', fileName: '花名册.pdf' });
    expect(printed).toEqual({ route: '/print/roster/abc', title: '花名册' });
    expect(new Uint8Array(await fs.readFile(saved[0] ?? ''))).toEqual(pdf);
  });

  it('is unsupported in browser mode, where the browser prints', async () => {
    const { services, saved } = setUp(null);
    await expect(
      services.printToPdf({ route: '/print/roster', fileName: 'a.pdf', title: 'a' }),
    ).rejects.toMatchObject({ code: 'unsupportedHere' });
    expect(saved).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { autoMapColumns, headerKey, ignoredHeaders, unmappedRequired } from './column-mapping';
import { peopleImporter } from './importers/people';

const columns = peopleImporter.columns;

describe('matching a file’s headers to the importer’s columns', () => {
  it('matches Chinese headers', () => {
    const mapping = autoMapColumns(columns, ['工号', '姓名', '部门', '岗位', '入职日期', '电话']);
    expect(mapping).toMatchObject({
      employeeNo: 0,
      name: 1,
      department: 2,
      position: 3,
      hireDate: 4,
      phone: 5,
      email: null,
    });
    expect(unmappedRequired(columns, mapping)).toEqual([]);
  });

  it('matches English headers whatever their case, and common synonyms in either language', () => {
    const mapping = autoMapColumns(columns, ['EMPLOYEE NUMBER', 'name', 'Dept', '职位', '手机号']);
    expect(mapping).toMatchObject({ employeeNo: 0, name: 1, department: 2, position: 3, phone: 4 });
  });

  it('ignores required markers, notes in brackets, full-width letters and spaces', () => {
    expect(headerKey(' 入职日期（YYYY-MM-DD）* ')).toBe(headerKey('入职日期'));
    expect(headerKey('Ｅｍａｉｌ')).toBe(headerKey('email'));
    const mapping = autoMapColumns(columns, ['工号*', '姓 名', '入职日期(年-月-日)']);
    expect(mapping).toMatchObject({ employeeNo: 0, name: 1, hireDate: 2 });
  });

  it('feeds each file column to one importer column only', () => {
    const mapping = autoMapColumns(columns, ['姓名', '姓名']);
    expect(mapping.name).toBe(0);
    expect(Object.values(mapping).filter((i) => i === 1)).toEqual([]);
  });

  it('names the required columns still missing and the file columns not imported', () => {
    const headers = ['姓名', '备注', '', '岗位'];
    const mapping = autoMapColumns(columns, headers);
    expect(unmappedRequired(columns, mapping).map((c) => c.key)).toEqual(['employeeNo', 'department']);
    expect(ignoredHeaders(headers, mapping)).toEqual([1]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  emptyPersonInput,
  isValidPhone,
  personFieldsFromInput,
  personInputFromFields,
  personInputSchema,
  type PersonInput,
} from './person';
import { withIndexFields } from './person-index';

const TODAY = '2026-11-23';
const schema = personInputSchema(TODAY);
const employee = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  ...emptyPersonInput('employee'),
  employeeNo: 'E001',
  name: '张伟',
  department: '客户服务部',
  position: 'crSpecialist',
  ...overrides,
});

function problems(input: PersonInput) {
  const result = schema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('what the person form accepts', () => {
  it('accepts a complete employee', () => {
    expect(problems(employee({ hireDate: TODAY, phone: '13812345678', email: 'a@b.cn' }))).toEqual({});
  });

  it('asks for a name, an employee number, a department and a position for employees', () => {
    expect(problems(employee({ name: '  ', employeeNo: '', department: '', position: '' }))).toEqual({
      name: 'validation.required',
      employeeNo: 'validation.required',
      department: 'validation.required',
      position: 'validation.required',
    });
  });

  it('asks for an organisation, not an employee number, for external people', () => {
    const external = { ...emptyPersonInput('external'), name: 'John Smith' };
    expect(problems(external)).toEqual({ organisation: 'validation.required' });
  });

  it('refuses a hire date after today, but not today', () => {
    expect(problems(employee({ hireDate: '2026-11-24' }))).toEqual({ hireDate: 'validation.hireDateFuture' });
    expect(problems(employee({ hireDate: '2026-11-23' }))).toEqual({});
  });

  it('refuses dates that do not exist', () => {
    expect(problems(employee({ hireDate: '2023-02-30' }))).toEqual({ hireDate: 'validation.date' });
    expect(problems(employee({ hireDate: '23/02/2023' }))).toEqual({ hireDate: 'validation.date' });
  });

  it('refuses malformed phone numbers and e-mail addresses', () => {
    expect(problems(employee({ phone: '12345', email: 'not-an-email' }))).toEqual({
      phone: 'validation.phone',
      email: 'validation.email',
    });
  });

  it('refuses employee numbers with spaces or odd characters', () => {
    expect(problems(employee({ employeeNo: 'E 001' }))).toEqual({ employeeNo: 'validation.employeeNo' });
    expect(problems(employee({ employeeNo: '../x' }))).toEqual({ employeeNo: 'validation.employeeNo' });
  });
});

describe('phone numbers', () => {
  it.each([
    '13812345678',
    '010-12345678',
    '0755-1234567',
    '01012345678',
    '+86 13812345678',
    '+44 2071234567',
  ])('accepts %s', (phone) => expect(isValidPhone(phone)).toBe(true));
  it.each(['12345', '12812345678', '1381234567', 'abc', '138-1234-5678x'])('refuses %s', (phone) =>
    expect(isValidPhone(phone)).toBe(false),
  );
});

describe('stored person fields', () => {
  it('drops what does not apply to the kind of person', () => {
    const external = personFieldsFromInput({
      ...emptyPersonInput('external'),
      name: 'John',
      organisation: 'ACME',
      employeeNo: 'E9',
      department: 'X',
    });
    expect(external.employeeNo).toBeUndefined();
    expect(external.department).toBeUndefined();
    expect(external.trainer).toEqual({
      degree: undefined,
      certification: undefined,
      fields: [],
      bio: undefined,
    });
    expect(personFieldsFromInput(employee()).trainer).toBeUndefined();
  });

  it('round-trips through the form values', () => {
    const input = employee({ isTrainer: true, fields: ['communication', 'complaintHandling'], bio: '讲师' });
    expect(personInputFromFields(personFieldsFromInput(input))).toEqual(input);
  });

  it('derives the index fields from the person', () => {
    const meta = { id: 'p1', createdAt: 1, updatedAt: 1, updatedBy: 't' };
    const live = withIndexFields({ ...meta, ...personFieldsFromInput(employee({ isTrainer: true })) });
    expect(live).toMatchObject({ del: 0, noKey: 'E001', trainerType: 'internal', hireKey: '' });
    expect(live.nameKey.startsWith('zhang wei')).toBe(true);
    expect(live.searchTokens).toEqual(expect.arrayContaining(['zhw', 'e001']));
    const gone = withIndexFields({ ...live, deletedAt: 5 });
    expect(gone.del).toBe(1);
  });
});

import { emptyPersonInput, type PersonInput } from '../../../../shared/domain/person';
import type { WriteContext } from './commands';

export const TODAY = '2026-11-23';

export function ctx(overrides: Partial<WriteContext> = {}): WriteContext {
  return { actor: 'tester', now: Date.parse('2026-11-23T08:00:00Z'), today: TODAY, ...overrides };
}

export function employee(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    ...emptyPersonInput('employee'),
    employeeNo: 'E001',
    name: '张伟',
    department: '客户服务部',
    position: 'crSpecialist',
    hireDate: '2020-03-01',
    ...overrides,
  };
}

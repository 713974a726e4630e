import type { Copy, Loan } from '../../../../shared/domain/lending';
import type { Person } from '../../../../shared/domain/person';
import { withIndexFields } from '../../../../shared/domain/person-index';

/** Records as the lending engine stores them, for tests that read overdue loans without the desk. */

const meta = { createdAt: 1, updatedAt: 1, updatedBy: 'tester' };

export function person(id: string, name: string, department: string, employeeNo = id.toUpperCase()): Person {
  return withIndexFields({
    ...meta,
    id,
    kind: 'employee',
    employeeNo,
    name,
    department,
    position: 'crSpecialist',
    status: 'active',
  });
}

export function copy(id: string, barcode: string, title: string, editionNumber = 1): Copy {
  return {
    ...meta,
    id,
    barcode,
    materialId: `m-${title}`,
    editionId: `e-${title}-${editionNumber}`,
    editionNumber,
    title,
    materialType: 'textbook',
    location: 'A-01',
    acquiredOn: '2026-01-05',
    replacementCost: 4500,
    currency: 'CNY',
    condition: 'good',
    status: 'onLoan',
    notes: '',
    del: 0,
  };
}

export function loan(
  id: string,
  borrower: Pick<Person, 'id' | 'name' | 'department'>,
  item: Pick<Copy, 'id' | 'barcode' | 'title' | 'materialId' | 'editionId'>,
  dueDate: string,
  open: 0 | 1 = 1,
): Loan {
  return {
    ...meta,
    id,
    copyId: item.id,
    barcode: item.barcode,
    materialId: item.materialId,
    editionId: item.editionId,
    title: item.title,
    borrowerId: borrower.id,
    borrowerName: borrower.name,
    department: borrower.department ?? '',
    outAt: Date.parse(`${dueDate}T00:00:00Z`) - 30 * 86_400_000,
    dueDate,
    renewals: 0,
    open,
  };
}

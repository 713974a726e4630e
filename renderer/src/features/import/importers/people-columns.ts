import type { Language } from '../../../../../shared/contract';
import type { PersonInput } from '../../../../../shared/domain/person';
import enCatalog from '../../../locales/en/catalog.json';
import enPeople from '../../../locales/en/people.json';
import zhCatalog from '../../../locales/zh-CN/catalog.json';
import zhPeople from '../../../locales/zh-CN/people.json';
import type { ImportColumn } from '../importer';

/*
 * The people sheet's columns, shared by the importer, its templates and the people export; kept
 * apart from the importer so that the list screen can export without loading the write path.
 */

/**
 * Column keys are the form's field names, so a schema issue lands on its column without a table.
 * Photos and documents are files, which a sheet cannot carry.
 */
export type PeopleColumnKey = Exclude<keyof PersonInput, 'photo' | 'documents'>;

const labelsOf = (pick: (p: typeof enPeople) => string): Record<Language, string> => ({
  'zh-CN': pick(zhPeople),
  en: pick(enPeople),
});

const column = (
  key: PeopleColumnKey,
  label: (p: typeof enPeople) => string,
  required: boolean,
  aliases: string[] = [],
): ImportColumn<PeopleColumnKey> => ({ key, labels: labelsOf(label), required, aliases });

export const PEOPLE_COLUMNS: readonly ImportColumn<PeopleColumnKey>[] = [
  column('employeeNo', (p) => p.fields.employeeNo, true, [
    '员工编号',
    '员工号',
    '编号',
    'employee no',
    'employee id',
    'staff no',
  ]),
  column('name', (p) => p.fields.name, true, ['员工姓名', '名字', 'full name']),
  column('kind', (p) => p.kind.label, false, ['人员类型', '类别', 'type']),
  column('department', (p) => p.fields.department, true, ['所属部门', 'dept']),
  column('position', (p) => p.fields.position, true, ['职位', '岗位名称', 'title', 'job title']),
  column('hireDate', (p) => p.fields.hireDate, false, ['入职时间', 'date hired', 'start date']),
  column('phone', (p) => p.fields.phone, false, ['手机', '手机号', '手机号码', '联系电话', 'mobile', 'tel']),
  column('email', (p) => p.fields.email, false, ['电子邮箱', '邮件', 'mail']),
  column('status', (p) => p.fields.status, false, ['在职状态', '人员状态']),
  column('organisation', (p) => p.fields.organisation, false, [
    '机构',
    '单位',
    '所属单位',
    'organization',
    'company',
  ]),
  column('isTrainer', (p) => p.fields.isTrainer, false, [
    '是否讲师',
    '内部讲师',
    '讲师',
    'trainer',
    'is trainer',
  ]),
  column('degree', (p) => p.fields.degree, false, ['学位', 'education']),
  column('certification', (p) => p.fields.certification, false, ['资格证书', '证书', 'certificate']),
  column('fields', (p) => p.fields.teachingFields, false, ['授课方向', 'teaching fields']),
  column('bio', (p) => p.fields.bio, false, ['简介', 'biography']),
];

export const PEOPLE_EXAMPLES: Record<Language, Record<PeopleColumnKey, string>> = {
  'zh-CN': {
    employeeNo: 'E1001',
    name: '张伟',
    kind: zhPeople.kind.employee,
    department: '客户服务部',
    position: zhPeople.position.crSpecialist,
    hireDate: '2021-05-10',
    phone: '13812345678',
    email: 'zhangwei@example.com',
    status: zhPeople.status.active,
    organisation: '',
    isTrainer: '是',
    degree: '本科',
    certification: '高级培训师',
    fields: `${zhCatalog.category.communication}、${zhCatalog.category.complaintHandling}`,
    bio: '十年投诉处理经验',
  },
  en: {
    employeeNo: 'E1001',
    name: 'Zhang Wei',
    kind: enPeople.kind.employee,
    department: 'Customer Service',
    position: enPeople.position.crSpecialist,
    hireDate: '2021-05-10',
    phone: '13812345678',
    email: 'zhangwei@example.com',
    status: enPeople.status.active,
    organisation: '',
    isTrainer: 'Yes',
    degree: "Bachelor's degree",
    certification: 'Senior trainer',
    fields: `${enCatalog.category.communication}; ${enCatalog.category.complaintHandling}`,
    bio: 'Ten years of complaint handling',
  },
};

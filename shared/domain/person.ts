import { z } from 'zod';
import { attachmentRefSchema, type AttachmentRef } from './attachment';
import { COURSE_CATEGORIES } from './catalog';
import { isCalendarDate, type DeletedFlag, type RecordMeta } from './record';

/** Positions with a career path of their own (DOMAIN.md "People and roles"); any other title is kept as typed. */
export const KNOWN_POSITIONS = ['crSpecialist', 'csSupervisor', 'crManager'] as const;
export type KnownPosition = (typeof KNOWN_POSITIONS)[number];

export const PERSON_KINDS = ['employee', 'external'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const PERSON_STATUSES = ['active', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Internal trainers are employees with the trainer role; external trainers are external people. */
export const TRAINER_TYPES = ['internal', 'external', 'none'] as const;
export type TrainerType = (typeof TRAINER_TYPES)[number];

export interface TrainerProfile {
  degree?: string;
  certification?: string;
  fields: string[];
  bio?: string;
}

export interface PersonFields {
  kind: PersonKind;
  employeeNo?: string;
  name: string;
  department?: string;
  position?: string;
  hireDate?: string;
  phone?: string;
  email?: string;
  status: PersonStatus;
  organisation?: string;
  trainer?: TrainerProfile;
  photo?: AttachmentRef;
  /** Certificates, CVs, signed forms: files kept with the person's record. */
  documents?: AttachmentRef[];
}

/** Derived, indexed fields kept beside the person so that every list query reads an index. */
export interface PersonIndexFields {
  del: DeletedFlag;
  nameKey: string;
  noKey: string;
  hireKey: string;
  trainerType: TrainerType;
  searchTokens: string[];
  /** Every file the record references, so backups and clean-up find them through one index. */
  attachmentShas: string[];
}

export type Person = RecordMeta & PersonFields & PersonIndexFields;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const INTERNATIONAL = /^\+\d{1,3}[ -]?\d{4,14}$/;
const EMPLOYEE_NO = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export function isValidPhone(value: string): boolean {
  return MOBILE.test(value) || LANDLINE.test(value) || INTERNATIONAL.test(value);
}

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/**
 * What the person form and the importer accept. `today` (YYYY-MM-DD) is passed in so that the rule
 * "hire date not in the future" stays a pure function. Messages are i18n keys.
 */
export function personInputSchema(today: string) {
  return z
    .object({
      kind: z.enum(PERSON_KINDS),
      employeeNo: text(32),
      name: text(60).min(1, 'validation.required'),
      department: text(60),
      position: text(60),
      hireDate: z.string().trim(),
      phone: z.string().trim(),
      email: z.string().trim(),
      status: z.enum(PERSON_STATUSES),
      organisation: text(100),
      isTrainer: z.boolean(),
      degree: text(60),
      certification: text(100),
      fields: z.array(z.enum(COURSE_CATEGORIES)),
      bio: text(1000),
      photo: attachmentRefSchema.nullable(),
      documents: z.array(attachmentRefSchema).max(100),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.kind === 'employee') {
        if (!v.employeeNo) issue('employeeNo', 'validation.required');
        else if (!EMPLOYEE_NO.test(v.employeeNo)) issue('employeeNo', 'validation.employeeNo');
        if (!v.department) issue('department', 'validation.required');
        if (!v.position) issue('position', 'validation.required');
      } else {
        if (!v.organisation) issue('organisation', 'validation.required');
      }
      if (v.hireDate) {
        if (!isCalendarDate(v.hireDate)) issue('hireDate', 'validation.date');
        else if (v.hireDate > today) issue('hireDate', 'validation.hireDateFuture');
      }
      if (v.phone && !isValidPhone(v.phone)) issue('phone', 'validation.phone');
      if (v.email && !z.email().safeParse(v.email).success) issue('email', 'validation.email');
    });
}

export type PersonInput = z.input<ReturnType<typeof personInputSchema>>;

export function emptyPersonInput(kind: PersonKind = 'employee'): PersonInput {
  return {
    kind,
    employeeNo: '',
    name: '',
    department: '',
    position: '',
    hireDate: '',
    phone: '',
    email: '',
    status: 'active',
    organisation: '',
    isTrainer: kind === 'external',
    degree: '',
    certification: '',
    fields: [],
    bio: '',
    photo: null,
    documents: [],
  };
}

const orUndefined = (value: string) => (value === '' ? undefined : value);

/** Turns validated form values into stored fields: fields that do not apply to the kind are dropped. */
export function personFieldsFromInput(input: PersonInput): PersonFields {
  const employee = input.kind === 'employee';
  const trainer = input.isTrainer || !employee;
  return {
    kind: input.kind,
    employeeNo: employee ? orUndefined(input.employeeNo.trim()) : undefined,
    name: input.name.trim(),
    department: employee ? orUndefined(input.department.trim()) : undefined,
    position: employee ? orUndefined(input.position.trim()) : undefined,
    hireDate: employee ? orUndefined(input.hireDate.trim()) : undefined,
    phone: orUndefined(input.phone.trim()),
    email: orUndefined(input.email.trim()),
    status: input.status,
    organisation: employee ? undefined : orUndefined(input.organisation.trim()),
    trainer: trainer
      ? {
          degree: orUndefined(input.degree.trim()),
          certification: orUndefined(input.certification.trim()),
          fields: [...input.fields],
          bio: orUndefined(input.bio.trim()),
        }
      : undefined,
    photo: input.photo ?? undefined,
    documents: [...input.documents],
  };
}

export function personInputFromFields(p: PersonFields): PersonInput {
  return {
    kind: p.kind,
    employeeNo: p.employeeNo ?? '',
    name: p.name,
    department: p.department ?? '',
    position: p.position ?? '',
    hireDate: p.hireDate ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
    status: p.status,
    organisation: p.organisation ?? '',
    isTrainer: p.trainer !== undefined,
    degree: p.trainer?.degree ?? '',
    certification: p.trainer?.certification ?? '',
    fields: (p.trainer?.fields ?? []).filter((f): f is (typeof COURSE_CATEGORIES)[number] =>
      (COURSE_CATEGORIES as readonly string[]).includes(f),
    ),
    bio: p.trainer?.bio ?? '',
    photo: p.photo ?? null,
    documents: p.documents ?? [],
  };
}

export function trainerTypeOf(p: Pick<PersonFields, 'kind' | 'trainer'>): TrainerType {
  if (!p.trainer) return 'none';
  return p.kind === 'employee' ? 'internal' : 'external';
}

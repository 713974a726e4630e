import { App, Select, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LendingConfig } from '../../../../shared/domain/lending';
import type { Person } from '../../../../shared/domain/person';
import { db } from '../../db';
import { setDepartmentManager } from './commands';
import { findPeople, registryValues } from './queries';

const personLabel = (p: Person) => [p.name, p.employeeNo, p.department].filter(Boolean).join(' · ');

/** Department → the manager who receives its final notices (with the borrower copied). */
export function DepartmentManagers({ config }: { config: LendingConfig }) {
  const { t } = useTranslation(['overdue', 'common']);
  const { message } = App.useApp();
  const registry = useLiveQuery(() => registryValues(db, 'department'), []);
  const managerIds = Object.values(config.departmentManagers);
  const managers = useLiveQuery(() => db.people.bulkGet(managerIds), [managerIds.join()]) ?? [];
  const departments = [...new Set([...(registry ?? []), ...Object.keys(config.departmentManagers)])].sort(
    (a, b) => a.localeCompare(b, 'zh-CN'),
  );
  const known = new Map(managers.filter((p) => p !== undefined).map((p) => [p.id, p]));

  const change = async (department: string, personId: string | undefined) => {
    await setDepartmentManager(db, department, personId ?? null);
    void message.success(t(personId ? 'managers.saved' : 'managers.cleared', { department }));
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('managers.intro')}</Typography.Paragraph>
      <Table<{ department: string }>
        rowKey="department"
        size="middle"
        data-testid="manager-rows"
        loading={registry === undefined}
        dataSource={departments.map((department) => ({ department }))}
        pagination={false}
        locale={{ emptyText: t('managers.empty') }}
        columns={[
          {
            key: 'department',
            title: t('managers.columns.department'),
            dataIndex: 'department',
            width: '35%',
          },
          {
            key: 'manager',
            title: t('managers.columns.manager'),
            render: (_, { department }) => {
              const id = config.departmentManagers[department];
              const current = id ? known.get(id) : undefined;
              return (
                <PersonPicker
                  aria-label={`${t('managers.columns.manager')} ${department}`}
                  value={id}
                  currentLabel={current ? personLabel(current) : id}
                  onChange={(personId) => void change(department, personId)}
                />
              );
            },
          },
        ]}
      />
    </>
  );
}

interface PickerProps {
  value: string | undefined;
  currentLabel: string | undefined;
  onChange(personId: string | undefined): void;
  'aria-label': string;
}

/** A person found by name, pinyin or employee number through the registry's token index. */
function PersonPicker({ value, currentLabel, onChange, ...rest }: PickerProps) {
  const { t } = useTranslation('overdue');
  const [text, setText] = useState('');
  const typed = useDeferredValue(text);
  const found = useLiveQuery(() => findPeople(db, typed), [typed]) ?? [];
  const options = new Map<string, string>();
  if (value) options.set(value, currentLabel ?? value);
  for (const p of found) options.set(p.id, personLabel(p));
  return (
    <Select
      aria-label={rest['aria-label']}
      allowClear
      style={{ width: '100%', maxWidth: 420 }}
      placeholder={t('managers.pick')}
      value={value}
      onChange={(v?: string) => {
        setText('');
        onChange(v);
      }}
      // The index already matched names, pinyin and initials; the typed text need not be in the label.
      showSearch={{ onSearch: setText, filterOption: false }}
      onBlur={() => setText('')}
      options={[...options].map(([v, label]) => ({ value: v, label }))}
    />
  );
}

import { useId } from 'react';
import type { Language } from '../../shared/model';
import { COLUMN_ROLES, type ColumnRole } from '../../shared/import/headers';
import { roleLabel } from '../../shared/import/preview';

/** What one spreadsheet column holds, as the import preview lets the user choose it. */
export function RoleSelect({ label, value, language, onChange }: { label: string; value: ColumnRole; language: Language; onChange: (role: ColumnRole) => void }) {
  const id = useId();
  return (
    <div className="field import-role">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ColumnRole)}>
        {COLUMN_ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role, language)}
          </option>
        ))}
      </select>
    </div>
  );
}

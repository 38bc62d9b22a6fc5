import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

/** Every field has a visible label tied to its control, and an optional hint read with it. */
function FieldFrame({ label, hint, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <small id={hintId} className="muted">
          {hint}
        </small>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
  multiline?: boolean;
  minLength?: number;
  maxLength?: number;
}

export function TextField({ label, value, onChange, hint, multiline, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint}>
      {(id, describedBy) =>
        multiline ? (
          <textarea id={id} aria-describedby={describedBy} value={value} onChange={(event) => onChange(event.target.value)} rows={4} {...input} />
        ) : (
          <input id={id} aria-describedby={describedBy} value={value} onChange={(event) => onChange(event.target.value)} {...input} />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  options: readonly (string | { value: string; label: string })[];
  hint?: string;
  required?: boolean;
}

export function SelectField({ label, value, onChange, options, hint, required }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint}>
      {(id, describedBy) => (
        <select id={id} aria-describedby={describedBy} value={value} onChange={(event) => onChange(event.target.value)} required={required}>
          {options.map((option) => {
            const { value: optionValue, label: optionLabel } = typeof option === 'string' ? { value: option, label: option || '—' } : option;
            return (
              <option key={optionValue} value={optionValue}>
                {optionLabel}
              </option>
            );
          })}
        </select>
      )}
    </FieldFrame>
  );
}

interface FileFieldProps {
  label: string;
  onChange(file: File | null): void;
  accept?: string;
  hint?: string;
  required?: boolean;
}

export function FileField({ label, onChange, accept, hint, required }: FileFieldProps) {
  return (
    <FieldFrame label={label} hint={hint}>
      {(id, describedBy) => <input id={id} type="file" aria-describedby={describedBy} accept={accept} required={required} onChange={(event) => onChange(event.target.files?.[0] ?? null)} />}
    </FieldFrame>
  );
}

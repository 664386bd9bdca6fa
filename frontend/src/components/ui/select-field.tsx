import { type ReactNode, type SelectHTMLAttributes, useId } from "react";

import { describedBy } from "@/components/ui/described-by";
import { Field } from "@/components/ui/field";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** Text of an empty first option, for "any" or "not chosen". */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
}

export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  ...props
}: SelectFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        {...props}
        id={id}
        className="input input--select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control = (error?: string) =>
  `w-full rounded-lg border bg-surface px-3 py-2 outline-none focus:ring-2 focus:ring-brand disabled:bg-slate-50 ${error ? "border-red-500" : "border-slate-300"}`;

/** A label, the control, a hint and the field's error (announced, and tied to the control for screen readers). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  className = "",
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Described = { id: string; error?: string; hint?: boolean };

const describedBy = ({ id, error, hint }: Described) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

export function TextInput({
  id,
  error,
  hint,
  className = "",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & Described) {
  return (
    <input
      id={id}
      autoComplete="off"
      aria-invalid={Boolean(error)}
      aria-describedby={describedBy({ id, error, hint })}
      className={`${control(error)} ${className}`}
      {...props}
    />
  );
}

export function Select({
  id,
  error,
  hint,
  className = "",
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & Described) {
  return (
    <select
      id={id}
      aria-invalid={Boolean(error)}
      aria-describedby={describedBy({ id, error, hint })}
      className={`${control(error)} ${className}`}
      {...props}
    >
      {children}
    </select>
  );
}

export function TextArea({
  id,
  error,
  hint,
  className = "",
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Described) {
  return (
    <textarea
      id={id}
      spellCheck={false}
      aria-invalid={Boolean(error)}
      aria-describedby={describedBy({ id, error, hint })}
      className={`${control(error)} font-mono text-sm ${className}`}
      {...props}
    />
  );
}

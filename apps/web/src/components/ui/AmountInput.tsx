import type { InputHTMLAttributes } from "react";

export function AmountInput({
  id,
  label,
  symbol,
  error,
  onMax,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  symbol: string;
  error?: string;
  onMax?: () => void;
}) {
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div
        className={`flex items-center rounded-lg border bg-surface px-3 focus-within:ring-2 focus-within:ring-brand ${error ? "border-red-500" : "border-slate-300"}`}
      >
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          className="w-full bg-transparent py-2 text-lg outline-none"
          {...props}
        />
        {onMax ? (
          <button
            type="button"
            onClick={onMax}
            className="mr-2 rounded px-2 text-xs font-semibold text-brand hover:bg-teal-50"
          >
            MAX
          </button>
        ) : null}
        <span className="text-sm font-medium text-slate-500">{symbol}</span>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

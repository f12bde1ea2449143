// A search box whose placeholder is also its accessible name, as every find and search of the app.
import type { KeyboardEventHandler, Ref } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
}

export function SearchField({ label, value, onChange, testId, className = 'field__control field__control--small', inputRef, onKeyDown }: Props) {
  return (
    <input
      ref={inputRef}
      type="search"
      className={className}
      placeholder={label}
      aria-label={label}
      value={value}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

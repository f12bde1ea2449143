// A labelled text input (with optional help below), the one used by every form of the app.
interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  type?: 'text' | 'email' | 'password' | 'url';
  autoComplete?: 'username' | 'new-password' | 'current-password' | 'url' | 'off';
  autoFocus?: boolean;
  help?: string;
}

export function TextField({ label, value, onChange, testId, type = 'text', autoComplete = 'off', autoFocus = false, help }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="field__control"
        type={type}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        spellCheck={false}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      {help && <span className="field__help">{help}</span>}
    </label>
  );
}

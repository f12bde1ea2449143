// One passphrase input with its label (and optional help), as used by set-up and unlock.
interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
  help?: string;
}

export function PassphraseField({ label, value, onChange, testId, autoComplete, autoFocus = false, help }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="field__control"
        type="password"
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

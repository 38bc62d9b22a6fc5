import { useState, type ReactNode } from 'react';

interface ConfirmActionProps {
  /** The first button, which only asks. */
  label: string;
  /** The button that acts, e.g. "Yes, activate 1.1.0". */
  confirmLabel: string;
  /** What happens, said before it does. */
  consequence: ReactNode;
  busy: boolean;
  onConfirm(): Promise<boolean>;
}

/** A consequential action in two steps: the first button asks, the second (focused when it appears) acts. */
export function ConfirmAction({ label, confirmLabel, consequence, busy, onConfirm }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="reg-confirm" role="group" aria-label={label}>
      <p>{consequence}</p>
      <div className="actions">
        <button
          type="button"
          autoFocus
          disabled={busy}
          onClick={() => {
            void onConfirm().then((done) => done && setAsking(false));
          }}
        >
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/api-error';
import { useSession } from './session';
import { ErrorMessage } from '../ui/ErrorMessage';
import { TextField } from '../ui/fields';

export function LoginPage() {
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login" id="main">
      <h1>Tiergate</h1>
      <p className="muted">AI-datacenter security attestation</p>
      <form onSubmit={submit} aria-labelledby="login-title" className="card">
        <h2 id="login-title">Sign in</h2>
        <ErrorMessage message={error} />
        <TextField label="Email" type="email" autoComplete="username" value={email} onChange={setEmail} required />
        <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={setPassword} required />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

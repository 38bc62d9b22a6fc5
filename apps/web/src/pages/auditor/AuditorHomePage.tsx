export function AuditorHomePage() {
  return <h1>Auditor</h1>;
}

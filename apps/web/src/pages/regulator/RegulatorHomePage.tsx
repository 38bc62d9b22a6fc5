export function RegulatorHomePage() {
  return <h1>Regulator</h1>;
}

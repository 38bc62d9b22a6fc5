export function OperatorHomePage() {
  return <h1>Operator</h1>;
}

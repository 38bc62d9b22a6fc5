export function AdminHomePage() {
  return <h1>Admin</h1>;
}

import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LoginPage } from '../auth/LoginPage';
import { useSession } from '../auth/session';
import { Shell } from '../layout/Shell';
import { ROUTES_BY_ROLE } from './routes-by-role';

export function App() {
  const { user } = useSession();
  if (!user) return <LoginPage />;
  const routes = ROUTES_BY_ROLE[user.role] ?? [];
  const home = routes.find((route) => route.label)?.path ?? '/';
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Shell routes={routes} />}>
          {routes.map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
          <Route path="*" element={<Navigate to={home} replace />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

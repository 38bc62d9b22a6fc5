import { NavLink, Outlet } from 'react-router-dom';
import { useSession, useUser } from '../auth/session';
import type { ConsoleRoute } from '../app/console-route';

/** Header, the role's navigation and the page; a skip link lets keyboard users jump to the content. */
export function Shell({ routes }: { routes: ConsoleRoute[] }) {
  const user = useUser();
  const { logout } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Tiergate</span>
        <span className="who">
          {user.email} <span className="badge">{user.role}</span>
        </span>
        <button type="button" className="secondary" onClick={() => void logout()}>
          Sign out
        </button>
      </header>
      <div className="layout">
        <nav aria-label="Main">
          <ul>
            {routes
              .filter((route) => route.label)
              .map((route) => (
                <li key={route.path}>
                  <NavLink to={route.path} end={route.path === '/'}>
                    {route.label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}

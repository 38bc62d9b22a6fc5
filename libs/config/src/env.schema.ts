import { z } from 'zod';

/**
 * Values that exist so a developer can run Tiergate without writing a .env file.
 * They are public (they are in this repository), so production refuses to start with them.
 * No signing secret is among them: `npm start` generates those per installation.
 */
export const DEVELOPMENT_DEFAULTS = {
  ADMIN_EMAIL: 'admin@tiergate.local',
  ADMIN_PASSWORD: 'admin-password-change-me',
} as const;

/**
 * The one fixed signing secret, for NODE_ENV=test only, so test processes (api, workers, the
 * tests themselves) agree without passing a secret around. Any other environment must be given one.
 */
export const TEST_ONLY_JWT_SECRET = 'test-only-jwt-secret-never-used-outside-NODE_ENV-test';

const postgresUrl = z
  .string({ required_error: 'is required (e.g. postgres://user:pass@127.0.0.1:5432/tiergate)' })
  .url('must be a URL like postgres://user:pass@host:5432/db')
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

const redisUrl = z
  .string({ required_error: 'is required (e.g. redis://127.0.0.1:6379/0)' })
  .url('must be a URL like redis://host:6379/0')
  .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be an integer').min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535').default(3000),
    DATABASE_URL: postgresUrl,
    REDIS_URL: redisUrl,
    ADMIN_EMAIL: z.string().email('must be an email address').default(DEVELOPMENT_DEFAULTS.ADMIN_EMAIL),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').default(DEVELOPMENT_DEFAULTS.ADMIN_PASSWORD),
    /** Required outside tests; `npm start` generates one per installation (see scripts/stack/installation-secrets.mjs). */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    STORAGE_DIR: z.string().min(1, 'must not be empty').default('.data/storage'),
    /**
     * Which proxies may set X-Forwarded-For (Express's `trust proxy`): `loopback` by default; behind a
     * load balancer its addresses, e.g. `10.0.0.0/8`, so that login limits see each client's address.
     */
    TRUST_PROXY: z.string().min(1, 'must not be empty').default('loopback'),
    /** The built web console (`vite build` of apps/web), served at `/` when the folder exists. */
    WEB_CONSOLE_DIR: z.string().min(1, 'must not be empty').default('dist/web'),
    /** Largest evidence file, in bytes (413 beyond). */
    EVIDENCE_MAX_BYTES: z.coerce
      .number({ invalid_type_error: 'must be a number of bytes' })
      .int('must be a whole number of bytes')
      .min(1)
      .default(256 * 1024 * 1024),
    /** Where evidence bytes live: local disk under STORAGE_DIR, or an S3-compatible bucket. */
    EVIDENCE_STORE: z.enum(['local', 's3']).default('local'),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ENDPOINT: z.string().url('must be a URL like https://s3.eu-central-1.amazonaws.com').optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /** How often the worker's sweeper reconciles due dates and stuck work from PostgreSQL. */
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(100, 'must be at least 100').default(60_000),
    /** Submissions (and webhook deliveries) without progress for this long are taken to be lost from Redis and enqueued again. */
    SWEEP_STUCK_AFTER_MS: z.coerce
      .number()
      .int()
      .min(1_000, 'must be at least 1000')
      .default(2 * 60_000),
    /** Shifts the injectable clock (tests and drills only: production refuses anything but 0). */
    CLOCK_OFFSET_MS: z.coerce.number().int().default(0),
    /** Email for notifications, sent only when set, e.g. smtps://user:pass@smtp.example.com:465. */
    SMTP_URL: z
      .string()
      .url('must be a URL like smtp://user:pass@host:587 or smtps://...')
      .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
      .optional(),
    SMTP_FROM: z.string().min(3).default('Tiergate <no-reply@tiergate.local>'),
    /**
     * Ed25519 private key (PKCS#8 PEM, or that PEM base64-encoded) that signs reports and bundles.
     * Required in production; in development and tests one is generated and kept under STORAGE_DIR.
     */
    REPORT_SIGNING_KEY: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must be a size like 1mb or 512kb')
      .default('1mb'),
    /** For whole documents sent as JSON: policy packs and large inventories. */
    DOCUMENT_BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must be a size like 32mb or 512kb')
      .default('32mb'),
    OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(10, 'must be at least 10').default(250),
    OUTBOX_RELAY_BATCH_SIZE: z.coerce.number().int().min(1).max(10000, 'must be at most 10000').default(200),
    /**
     * Lets webhooks name loopback addresses (127.0.0.0/8, ::1, localhost), so that local development
     * and tests can point one at a receiver on the same host. Production refuses it.
     */
    WEBHOOK_ALLOW_LOOPBACK: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /**
     * Bearer token that GET /metrics asks for. Unset, /metrics is open outside production and
     * closed (401) in production, so a scrape never works by accident from the public side.
     */
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'test' && (!env.JWT_SECRET || env.JWT_SECRET === TEST_ONLY_JWT_SECRET)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['JWT_SECRET'],
        message: `is required outside tests, and must be a secret of this installation (at least 32 random characters; \`npm start\` generates one)`,
      });
    }
    if (env.EVIDENCE_STORE === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['S3_BUCKET'], message: 'is required when EVIDENCE_STORE=s3' });
    }
    if (env.NODE_ENV !== 'production') return;
    if (!env.REPORT_SIGNING_KEY) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['REPORT_SIGNING_KEY'], message: 'is required in production (an Ed25519 private key that signs reports)' });
    }
    if (env.WEBHOOK_ALLOW_LOOPBACK) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['WEBHOOK_ALLOW_LOOPBACK'], message: 'must be false in production (it exists for local development and tests)' });
    }
    if (env.CLOCK_OFFSET_MS !== 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['CLOCK_OFFSET_MS'], message: 'must be 0 in production (it exists to move time in tests)' });
    }
    for (const key of Object.keys(DEVELOPMENT_DEFAULTS) as (keyof typeof DEVELOPMENT_DEFAULTS)[]) {
      if (key !== 'ADMIN_EMAIL' && env[key] === DEVELOPMENT_DEFAULTS[key]) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          message: 'must be set to a secret of your own in production (the development default is public)',
        });
      }
    }
  })
  .transform(({ JWT_SECRET, ...env }) => ({ ...env, JWT_SECRET: JWT_SECRET ?? TEST_ONLY_JWT_SECRET }));

export type AppConfig = z.infer<typeof envSchema>;

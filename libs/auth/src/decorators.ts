import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const PERMISSION_KEY = 'tiergate:permission';
export const PUBLIC_KEY = 'tiergate:public';

/** The caller must be authenticated and hold this permission. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** Anyone may call this route, authenticated or not. Use sparingly: health, metrics, login. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

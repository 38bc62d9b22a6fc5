import { Role } from '@tiergate/auth';
import type { FieldError } from '@tiergate/domain';

export interface UserShape {
  email: string;
  password: string;
  role: Role;
  organizationId?: string | null;
  jurisdictions?: string[];
}

/** Rules that span fields, which class-validator decorators cannot express one field at a time. */
export function userRuleViolations(user: UserShape): FieldError[] {
  const violations: FieldError[] = [];
  if (user.role === Role.Operator && !user.organizationId) {
    violations.push({ field: 'organizationId', problems: ['organizationId is required for operators'] });
  }
  if (user.role !== Role.Operator && user.organizationId) {
    violations.push({ field: 'organizationId', problems: [`organizationId is not allowed for ${user.role}s`] });
  }
  if (user.role !== Role.Regulator && (user.jurisdictions?.length ?? 0) > 0) {
    violations.push({ field: 'jurisdictions', problems: ['jurisdictions are for regulators only'] });
  }
  if (user.password.trim().toLowerCase() === user.email.trim().toLowerCase()) {
    violations.push({ field: 'password', problems: ['password must not be the email address'] });
  }
  return violations;
}

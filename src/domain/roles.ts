/** Fixed roles; what each may do is decided in src/server/http/policy.ts. */
export const ROLES = ['owner', 'admin', 'manager', 'sales', 'service'] as const;
export type TRole = (typeof ROLES)[number];

/** Roles an owner or admin may hand out; there is exactly one owner per workspace. */
export const ASSIGNABLE_ROLES = ['admin', 'manager', 'sales', 'service'] as const satisfies readonly TRole[];

import type { CaseActor } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';

/** The role a principal plays in a case (admins act as agents). */
export function actorOf(principal: Principal): Exclude<CaseActor, 'system'> {
  return principal.role === 'admin' ? 'agent' : principal.role;
}

export const isStaff = (principal: Principal) => principal.role === 'agent' || principal.role === 'admin';

import type { Principal } from '../domain/principal.js';
import type { Services } from '../services.js';

export interface AppEnv {
  Variables: {
    requestId: string;
    services: Services;
    principal: Principal | null;
  };
}

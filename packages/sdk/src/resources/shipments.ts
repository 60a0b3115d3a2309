import type { Shipment } from '@txassist/contract/types';
import { listShipmentsRoute } from '../internal/contract.generated.js';
import type { Http, RequestOptions } from '../internal/http.js';

export function createShipmentsResource(http: Http) {
  return {
    /** The order's parcels: carrier, tracking number, status tag, estimate and checkpoints (newest first). */
    async list(orderId: string, options?: RequestOptions): Promise<Shipment[]> {
      const page = await http.request(listShipmentsRoute, { params: { order_id: orderId } }, options);
      return page.data;
    },
  };
}

export type ShipmentsResource = ReturnType<typeof createShipmentsResource>;

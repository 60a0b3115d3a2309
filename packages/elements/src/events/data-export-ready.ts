import type { DataExport } from '@txassist/contract/types';

/** The buyer's data export finished preparing: it can be downloaded (once) until `dataExport.expires_at`. */
export class TxDataExportReadyEvent extends Event {
  static readonly type = 'tx-data-export-ready';
  readonly dataExport: DataExport;

  constructor(dataExport: DataExport) {
    super(TxDataExportReadyEvent.type, { bubbles: true, composed: true });
    this.dataExport = dataExport;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-data-export-ready': TxDataExportReadyEvent;
  }
}

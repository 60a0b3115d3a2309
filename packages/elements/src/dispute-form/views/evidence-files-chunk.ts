import { nothing, type ReactiveControllerHost } from 'lit';
import { LazyView } from '../../internal/lazy-view.js';
import type { EvidenceFilesOptions } from './evidence-files.js';

/**
 * The chosen and refused files' views: a chunk of their own, fetched when the form is shown (`load()`) so
 * it is there by the time the buyer picks a file, even offline; until it is, the list is left out.
 */
export class EvidenceFilesChunk extends LazyView<typeof import('./evidence-files.js')> {
  constructor(host: ReactiveControllerHost) {
    super(host, () => import('./evidence-files.js'));
  }

  render(options: EvidenceFilesOptions, part: 'files' | 'refused') {
    if (!this.module) {
      void this.load();
      return nothing;
    }
    return part === 'files' ? this.module.renderFiles(options) : this.module.renderRefused(options);
  }
}

import { defineElement } from '../internal/define.ts';
import { MaatwerkQuickScan } from './quick-scan.ts';

defineElement('maatwerk-quick-scan', MaatwerkQuickScan);

export { MaatwerkQuickScan };

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-quick-scan': MaatwerkQuickScan;
  }
}

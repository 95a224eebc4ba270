/**
 * The search page's script (bundled by Vite as one classic script, src/integration/client-bundle.ts): the
 * `<dalil-search>` element and its entity picker.
 */
import { DalilSearch } from './search-element.ts';
import { EntityPicker } from './entity-picker.ts';

if (!customElements.get('dalil-entity-picker')) customElements.define('dalil-entity-picker', EntityPicker);
if (!customElements.get('dalil-search')) customElements.define('dalil-search', DalilSearch);

/**
 * The timeline's script (bundled by Vite as one classic script, `_dalil/timeline.js`, by the dalil() integration:
 * src/integration/client-bundle.ts): the `<dalil-timeline>` filters and their place and actor pickers.
 */
import { DalilTimeline, TimelinePicker } from './timeline-element.ts';

if (!customElements.get('dalil-timeline-picker')) customElements.define('dalil-timeline-picker', TimelinePicker);
if (!customElements.get('dalil-timeline')) customElements.define('dalil-timeline', DalilTimeline);

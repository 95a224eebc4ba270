import type { APIRoute } from 'astro';
import { langs } from '../../../i18n/index.ts';
import { filterHead } from '../../../lib/site/timeline-filter.ts';
import { scriptOf } from '../../../lib/site/timeline.ts';
import { filterData, script } from './_filter-data.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/**
 * The head of the timeline's filter data, loaded when a filter is first used: the event count, the type keys and
 * each year's events (`window.dalilTimeline`, src/lib/site/timeline-filter.ts). The same in both languages.
 */
export const GET: APIRoute = async () => script(scriptOf('window.dalilTimeline', filterHead((await filterData()).index)));

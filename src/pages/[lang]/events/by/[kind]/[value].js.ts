import type { APIRoute } from 'astro';
import { langOf, langs, t, type UiKey } from '../../../../../i18n/index.ts';
import { FACET_KINDS, facetFile, facetValues, filterFiles, type FacetKind } from '../../../../../lib/site/timeline-filter.ts';
import { scriptJson } from '../../../../../lib/site/timeline.ts';
import { filterData, script } from '../../_filter-data.ts';

export async function getStaticPaths() {
  const { index, name } = await filterData();
  return langs.flatMap((lang) => FACET_KINDS.flatMap((kind) => facetValues(index, kind, lang, name).map((value) => ({ params: { lang, kind, value } }))));
}

/**
 * The events of one filter value (a type, a place with the places inside it, an actor) as a set of timeline
 * positions, with its name: `window.dalilTimelineBy["<kind>/<value>"]` (src/lib/site/timeline-filter.ts).
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const kind = params.kind as FacetKind;
  const value = params.value!;
  const { index, name } = await filterData();
  const label = kind === 'type' ? t(lang, `event.type.${value}` as UiKey) : name(value, lang)!;
  const key = scriptJson(filterFiles.key(kind, value));
  return script(`(window.dalilTimelineBy ||= {})[${key}] = ${scriptJson(facetFile(index, kind, value, label))};\n`);
};

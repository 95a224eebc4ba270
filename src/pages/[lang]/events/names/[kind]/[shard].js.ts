import type { APIRoute } from 'astro';
import { collator, langOf, langs, otherLang, type Lang } from '../../../../../i18n/index.ts';
import { namesByShard, pickerNames, type PickerKind } from '../../../../../lib/site/timeline-filter.ts';
import { scriptJson } from '../../../../../lib/site/timeline.ts';
import type { EntityRow } from '../../../../../lib/search/ui/entity-picker.ts';
import { filterData, script } from '../../_filter-data.ts';

const KINDS: PickerKind[] = ['place', 'actor'];
const cache = new Map<string, Promise<Map<string, EntityRow[]>>>();
/** One language's names of one kind by shard, computed once per build. */
function shards(lang: Lang, kind: PickerKind): Promise<Map<string, EntityRow[]>> {
  const key = `${lang}/${kind}`;
  let p = cache.get(key);
  if (!p) {
    p = filterData().then(({ index, name }) => namesByShard(pickerNames(index, kind, lang, otherLang(lang), name, collator(lang).compare)));
    cache.set(key, p);
  }
  return p;
}

export async function getStaticPaths() {
  const paths = [];
  for (const lang of langs) for (const kind of KINDS) for (const shard of (await shards(lang, kind)).keys()) paths.push({ params: { lang, kind, shard } });
  return paths;
}

/**
 * The names the timeline's place or actor picker offers that have a word beginning with two letters
 * (`[name, id, name in the other language]`, src/lib/site/name-shards.ts), loaded as the reader types:
 * `window.dalilTimelineNames["<kind>/<shard>"]` (src/lib/site/timeline-files.ts).
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const kind = params.kind as PickerKind;
  const rows = (await shards(lang, kind)).get(params.shard!) ?? [];
  return script(`(window.dalilTimelineNames ||= {})[${scriptJson(`${kind}/${params.shard}`)}] = ${scriptJson(rows)};\n`);
};

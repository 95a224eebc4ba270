/** A timeline page's JSON-LD: a CollectionPage of its events (their summaries and pages). */
import { t, type Lang } from '../../i18n/index.ts';
import { siteData } from './content.ts';
import { chainNames, eventsData, eventUrls, summary, type NameOf } from './events.ts';
import { listJsonLd } from './json-ld.ts';
import { timelinePage } from './timeline.ts';

export async function timelineJsonLd(lang: Lang, page: number, site: URL | undefined) {
  const { entities } = await siteData();
  const { events } = await eventsData();
  const chain = chainNames(events);
  const name: NameOf = (id, l) => entities.get(id)?.data.name[l] ?? chain.get(id)?.[l];
  return listJsonLd(
    t(lang, 'events.title'),
    timelinePage(events, page).map((e) => ({ name: summary(e, lang, name), href: eventUrls.event(lang, e.id) })),
    site,
  );
}

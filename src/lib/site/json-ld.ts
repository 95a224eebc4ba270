import { type Lang } from '../../i18n/index.ts';
import type { EntityType } from '../kb/schema.ts';
import type { ArticleView } from './article-view.ts';
import type { EntityView } from './entity-view.ts';
import type { EntityRef } from './refs.ts';

/** schema.org types of the knowledge base's entity types. */
const schemaType: Record<EntityType, string> = { organisation: 'Organization', person: 'Person', place: 'Place' };

const abs = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

function thing(e: EntityRef, site: URL | undefined) {
  return { '@type': schemaType[e.type], name: e.name, alternateName: e.other.name, url: abs(e.href, site) };
}

/** A news article: its headline, date, outlet, the original, and the entities it mentions. */
export function articleJsonLd(lang: Lang, a: ArticleView, site: URL | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    inLanguage: 'ar',
    url: abs(a.href, site),
    ...(a.date ? { datePublished: a.date } : {}),
    ...(a.source ? { publisher: { '@type': 'Organization', name: a.source } } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
    ...(a.url ? { isBasedOn: a.url, sameAs: a.url } : {}),
    description: a.description,
    mentions: a.entities.map((e) => thing(e, site)),
    isPartOf: { '@type': 'WebSite', name: 'Dalil', inLanguage: lang },
  };
}

/** An Organization, Person or Place, with its Wikidata item, and for places the coordinates and enclosing place. */
export function entityJsonLd(e: EntityView, site: URL | undefined) {
  const parent = e.chain.at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': schemaType[e.type],
    name: e.name,
    alternateName: [e.other.name, ...e.framing.map((f) => f.form)].filter((x, i, all) => x !== e.name && all.indexOf(x) === i),
    url: abs(e.href, site),
    ...(e.description ? { description: e.description } : {}),
    ...(e.wikidata ? { sameAs: e.wikidata.href } : {}),
    ...(e.coords ? { geo: { '@type': 'GeoCoordinates', latitude: e.coords.lat, longitude: e.coords.lon } } : {}),
    ...(parent && e.type === 'place' ? { containedInPlace: thing(parent, site) } : {}),
    ...(parent && e.type === 'organisation' ? { parentOrganization: thing(parent, site) } : {}),
  };
}

/** A list page: the entities (or articles) it lists, in order. */
export function listJsonLd(name: string, items: Array<{ name: string; href: string }>, site: URL | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: items.length,
      itemListElement: items.slice(0, 100).map((x, i) => ({ '@type': 'ListItem', position: i + 1, name: x.name, url: abs(x.href, site) })),
    },
  };
}

export function websiteJsonLd(name: string, description: string, lang: Lang, site: URL | undefined) {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, description, inLanguage: lang, url: abs(`/${lang}/`, site) };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/** A merged event: its summary, date, place (with coordinates where known) and the parties named. */
export function eventJsonLd(
  e: { summary: string; href: string; date: string | null; place?: { name: string; coords: { lat: number; lon: number } | null } | undefined; actors: EntityRef[] },
  site: URL | undefined,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.summary,
    description: e.summary,
    url: abs(e.href, site),
    ...(e.date ? { startDate: e.date } : {}),
    ...(e.place
      ? { location: { '@type': 'Place', name: e.place.name, ...(e.place.coords ? { geo: { '@type': 'GeoCoordinates', latitude: e.place.coords.lat, longitude: e.place.coords.lon } } : {}) } }
      : {}),
    ...(e.actors.length ? { performer: e.actors.map((a) => thing(a, site)) } : {}),
  };
}

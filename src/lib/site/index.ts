/**
 * The site data layer: one model per build (content.ts) and a view model per page kind. Pages and components
 * render these and look nothing up themselves.
 */
export { siteModel, articleEntry } from './content.ts';
export type { SiteModel, SiteArticle } from './model.ts';
export { articleView, type ArticleView, type NamedEntity } from './article-view.ts';
export { entityView, entityPageCount, ENTITY_PAGE_SIZE, type EntityView, type BacklinkView } from './entity-view.ts';
export { eventItem, type EventItemView } from './event-item.ts';
export { homeView, typeIndexView, typeIndexPageCount, LIST_PAGE_SIZE, type HomeView, type TypeIndexView } from './lists.ts';
export { mentionView, type MentionView } from './mentions.ts';
export { searchFacets, searchMeta, type SearchMetaView } from './search-meta.ts';
export type { EntityRef, ArticleRef, OtherName } from './refs.ts';
export type { QuotePart } from './evidence.ts';
export { urls, typeSegments, counterpartPath } from './urls.ts';

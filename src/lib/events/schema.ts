/** The event record's types: the zod schemas live with the article record (`src/lib/extract/schema.ts`). */
export { ArticleEvent, Toll, EventLocation, DatePrecision, eventTypes } from '../extract/schema.ts';
export type { EventType } from '../extract/schema.ts';

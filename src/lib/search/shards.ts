/**
 * The shard list a sharded search index writes (src/lib/build/search-shards.ts) and the search page reads
 * (engine.ts): `dalil-shards.json` in the main index's folder.
 */

/** The file's name, in the main index's folder. */
export const SHARDS_FILE = 'dalil-shards.json';

/** Its contents: the shards' index folders, relative to the main index's folder, in order. */
export interface ShardList {
  shards: string[];
}

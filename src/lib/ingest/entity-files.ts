import { stringify } from 'yaml';
import { Entity } from '../kb/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import type { ArticleEntity } from '../extract/schema.ts';
import type { ExtractedArticle } from '../extract/extract.ts';

/**
 * The entity files to write for entities named that have none yet, and for their ancestors (`parent`), in id order. A found entity's file lists the
 * Arabic forms the articles used as its aliases and stays `unreviewed` until an editor sets `reviewed: true`.
 */
export function newEntityFiles(extracted: ExtractedArticle[], kb: KnowledgeBase): Array<{ id: string; text: string }> {
  const forms = new Map<string, Set<string>>();
  const first = new Map<string, ArticleEntity>();
  for (const x of extracted) {
    for (const e of x.entities) {
      if (!first.has(e.id)) first.set(e.id, e);
      const set = forms.get(e.id) ?? new Set<string>();
      for (const m of e.mentions) set.add(m.text);
      forms.set(e.id, set);
    }
  }
  const files = new Map<string, Entity>();
  for (const [id, e] of first) files.set(id, kb.entities.get(id) ?? foundEntity(e, forms.get(id)!));
  // The enclosing units and parent bodies too, so that every `parent` resolves and an entity page links its chain.
  for (const entity of [...files.values()]) {
    for (let p = entity.parent; p && !files.has(p); p = kb.entities.get(p)?.parent) {
      const parent = kb.entities.get(p);
      if (parent) files.set(p, parent);
    }
  }
  return [...files]
    .filter(([id]) => !kb.files.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, e]) => ({ id, text: entityFile(e) }));
}

function foundEntity(e: ArticleEntity, forms: Set<string>): Entity {
  const aliases = [...forms].filter((f) => f !== e.name.ar).sort();
  return Entity.parse({ id: e.id, type: e.type, name: e.name, aliases: { ar: aliases, en: [] }, source: 'extracted', unreviewed: true });
}

const HEADER = `# Dalil entity. Edit freely: the ingest never overwrites this file.
# Curation: \`reviewed: true\` makes it a knowledge-base entry; \`mergedInto: <id>\` moves it to another entity;
# \`notAnEntity: true\` drops its mentions (see the README, Curation).
`;

/** An entity file a human can edit: empty and default fields left out. */
export function entityFile(e: Entity): string {
  const { unreviewed, reviewed, notAnEntity, ...rest } = e;
  const data = { ...rest, ...(unreviewed ? { unreviewed } : {}), ...(reviewed ? { reviewed } : {}), ...(notAnEntity ? { notAnEntity } : {}) };
  return `${HEADER}${stringify(data, { lineWidth: 0, version: '1.1' })}`;
}

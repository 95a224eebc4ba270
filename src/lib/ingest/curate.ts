import { normaliseKey } from '../arabic/normalise.ts';
import { splitSentences } from '../arabic/sentences.ts';
import type { ExtractedArticle } from '../extract/extract.ts';
import type { ArticleEntity, ArticleEvent, Mention } from '../extract/schema.ts';
import type { KnowledgeBase } from '../kb/knowledge-base.ts';
import { DalilError } from '../kb/errors.ts';
import type { CorrectionsFile } from './corrections.ts';

interface Placed extends Mention {
  id: string;
}

/**
 * Applies the human edits to one article's extraction, after every automatic pass: merges (`mergedInto`),
 * names marked `notAnEntity`, then the article's corrections file. A correction that no longer finds its
 * mention (the article changed) is returned as a warning, never applied elsewhere.
 */
export function curate(x: ExtractedArticle, kb: KnowledgeBase, corrections?: CorrectionsFile): { article: ExtractedArticle; warnings: DalilError[] } {
  const { mergedInto, notAnEntity, notAnEntityNames } = kb.curation;
  const info = new Map<string, Omit<ArticleEntity, 'mentions'>>();
  const describe = (id: string) => {
    const known = info.get(id) ?? kb.entities.get(id) ?? kb.pending.get(id);
    return known && { id, type: known.type, name: known.name, ...(known.unreviewed && !('reviewed' in known && known.reviewed) ? { unreviewed: true } : {}) };
  };
  let placed: Placed[] = [];
  for (const { mentions, ...e } of x.entities) {
    info.set(e.id, e);
    if (notAnEntity.has(e.id)) continue;
    for (const m of mentions) {
      if (e.unreviewed && notAnEntityNames.has(normaliseKey(m.text))) continue;
      placed.push({ ...m, id: mergedInto.get(e.id) ?? e.id });
    }
  }
  const warnings: DalilError[] = [];
  if (corrections) {
    const { file, corrections: c } = corrections;
    const find = (ref: { text: string; sentence: string }) => placed.findIndex((m) => m.text === ref.text && squash(m.sentence).includes(squash(ref.sentence)));
    const miss = (what: string, ref: { text: string }) => warnings.push(new DalilError(`${what}: no mention "${ref.text}" in that sentence of article "${x.article.id}"`, { file }, 'the article text may have changed: update or remove this entry'));
    for (const ref of c.remove) {
      const i = find(ref);
      if (i < 0) miss('remove', ref);
      else placed.splice(i, 1);
    }
    for (const ref of c.relink) {
      const i = find(ref);
      const to = mergedInto.get(ref.to) ?? ref.to;
      if (!describe(to)) warnings.push(new DalilError(`relink: no entity "${ref.to}"`, { file }, 'give the id of a known entity'));
      else if (i < 0) miss('relink', ref);
      else placed[i] = { ...placed[i]!, id: to };
    }
    for (const ref of c.add) {
      const to = mergedInto.get(ref.entity) ?? ref.entity;
      const at = locate(x.article.text, ref, placed);
      if (!describe(to)) warnings.push(new DalilError(`add: no entity "${ref.entity}"`, { file }, 'give the id of a known entity, or write its entity file first'));
      else if (!at) {
        const taken = placed.find((m) => m.text.includes(ref.text) && squash(m.sentence).includes(squash(ref.sentence)));
        if (taken) warnings.push(new DalilError(`add: "${ref.text}" in that sentence of article "${x.article.id}" is already a mention of ${taken.id}`, { file }, 'remove this entry, or relink that mention instead'));
        else miss('add', ref);
      }
      else placed.push({ ...at, id: to });
    }
  }
  placed = placed.sort((a, b) => a.start - b.start);
  const byId = new Map<string, ArticleEntity>();
  for (const { id, ...m } of placed) {
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { ...describe(id)!, mentions: [] }));
    entry.mentions.push(m);
  }
  const kept = (id: string | null) => (id === null ? null : notAnEntity.has(id) ? null : (mergedInto.get(id) ?? id));
  const ids = (list: string[]) => [...new Set(list.map(kept).filter((v): v is string => v !== null))];
  const events: ArticleEvent[] = x.events.map((v) => ({
    ...v, places: ids(v.places), actors: ids(v.actors), reportedBy: kept(v.reportedBy),
    actor1: kept(v.actor1), actor2: kept(v.actor2), associated: ids(v.associated),
    toll: v.toll.map((t) => ({ ...t, actor: kept(t.actor) })),
    location: v.location && kept(v.location.id) ? { ...v.location, id: kept(v.location.id)! } : null,
  }));
  return { article: { ...x, entities: [...byId.values()], events }, warnings };
}

/** Runs of white space as one space: a curator copies a sentence from a page, where line breaks are spaces. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Where a missed mention stands: the first occurrence of its text in a matching sentence that no mention covers. */
function locate(text: string, ref: { text: string; sentence: string }, placed: Placed[]): Mention | undefined {
  for (const s of splitSentences(text)) {
    if (!squash(s.text).includes(squash(ref.sentence))) continue;
    for (let i = s.text.indexOf(ref.text); i >= 0; i = s.text.indexOf(ref.text, i + 1)) {
      const start = s.start + i;
      const end = start + ref.text.length;
      if (!placed.some((m) => m.start < end && start < m.end)) return { text: ref.text, start, end, sentence: s.text };
    }
  }
  return undefined;
}

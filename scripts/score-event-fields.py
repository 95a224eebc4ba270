#!/usr/bin/env python3
"""Per-field accuracy of the events that match gold (the matching of ../shared/tools/score_events.py: type, a shared
place, agreeing dates; each gold event at most once). Prints aggregate numbers only.

usage: score-event-fields.py GOLD_DIR EXTRACT_JSON TOOLS_DIR
"""
import json, sys, pathlib, collections
sys.path.insert(0, sys.argv[3])
from score_entities import keys  # the scorer's normalised name forms

def dates_agree(a, b):
    if not a or not b: return True
    n = min(len(a), len(b)); return a[:n] == b[:n]

def key_set(forms):
    out = set()
    for f in forms: out |= keys(f)
    return out

doc = json.load(open(sys.argv[2], encoding='utf-8'))
by_article = {a['id']: a for a in doc['articles']}
tp_t = collections.Counter(); fp_t = collections.Counter(); fn_t = collections.Counter()
why = collections.Counter()
n = 0; date_ok = 0; fat_ok = 0; fat_gold = 0; fat_gold_ok = 0
act_tp = act_fp = act_fn = 0; act_exact = 0; rep_n = 0; rep_ok = 0; rep_field = None
for g in sorted(pathlib.Path(sys.argv[1]).glob('*.gold.json')):
    gold = json.load(open(g, encoding='utf-8'))
    a = by_article.get(gold['article'])
    if not a: continue
    surface = {e['name_en']: e['surface'] for e in gold['entities']}
    forms = {e['id']: sorted({m['text'] for m in e['mentions']}) or list(e['name'].values()) for e in a['entities']}
    used = [False] * len(gold['events']); hits = set()
    for p in a['events']:
        pk = key_set(f for pl in p['places'] for f in forms.get(pl, []))
        hit = None
        for i, ge in enumerate(gold['events']):
            gk = key_set(f for pl in ge['places'] for f in surface.get(pl, []))
            if not used[i] and ge['type'] == p['type'] and (gk & pk or not gk) and dates_agree(ge.get('date'), p.get('date')):
                hit = i; break
        if hit is None:
            fp_t[p['type']] += 1; continue
        hits.add(id(p)); used[hit] = True; ge = gold['events'][hit]; n += 1; tp_t[p['type']] += 1
        date_ok += (ge.get('date') or None) == (p.get('date') or None)
        gf = ge.get('fatalities'); gf = int(gf) if isinstance(gf, (int, float, str)) and str(gf).isdigit() else None
        fat_ok += gf == p.get('fatalities')
        if gf is not None: fat_gold += 1; fat_gold_ok += gf == p.get('fatalities')
        gold_actors = [key_set(surface.get(x, [x])) for x in ge.get('actors', [])]
        pred_actors = [key_set(forms.get(x, [])) for x in p.get('actors', [])]
        found = sum(1 for ga in gold_actors if any(ga & pa for pa in pred_actors))
        right = sum(1 for pa in pred_actors if any(ga & pa for ga in gold_actors))
        act_tp += found; act_fn += len(gold_actors) - found; act_fp += len(pred_actors) - right
        act_exact += found == len(gold_actors) and right == len(pred_actors)
        field = next((f for f in ('reportedBy', 'reported_by', 'source') if f in ge), None)
        if field:
            rep_field = field; rep_n += 1
            gr = ge[field]; pr = p.get('reportedBy')
            rep_ok += (not gr and not pr) or bool(gr and pr and key_set(surface.get(gr, [gr])) & key_set(forms.get(pr, [])))
    unmatched = [p for p in a['events'] if id(p) not in hits]
    for i, u in enumerate(used):
        if u: continue
        ge = gold['events'][i]; fn_t[ge['type']] += 1
        gk = key_set(f for pl in ge['places'] for f in surface.get(pl, []))
        same = [p for p in unmatched if p['type'] == ge['type']]
        if not same:
            other = [p for p in unmatched if ((not gk) or gk & key_set(f for pl in p['places'] for f in forms.get(pl, []))) and dates_agree(ge.get('date'), p.get('date'))]
            why['missed: no unmatched prediction of its type' + (' (one of another type at its place: ' + ge['type'] + ' as ' + '/'.join(sorted({p['type'] for p in other})) + ')' if other else '')] += 1
        elif not any((not gk) or gk & key_set(f for pl in p['places'] for f in forms.get(pl, [])) for p in same): why['missed: its type predicted, no shared place'] += 1
        else:
            cands = [p for p in same if (not gk) or gk & key_set(f for pl in p['places'] for f in forms.get(pl, []))]
            why['missed: its type and place predicted, dates disagree (predicted date from ' + '/'.join(sorted({str(p.get('dateBasis')) for p in cands})) + ')'] += 1
pct = lambda a, b: f'{a / b:.3f} ({a}/{b})' if b else 'n/a'
for t in sorted(set(tp_t) | set(fp_t) | set(fn_t)):
    P = tp_t[t] / (tp_t[t] + fp_t[t]) if tp_t[t] + fp_t[t] else 0; R = tp_t[t] / (tp_t[t] + fn_t[t]) if tp_t[t] + fn_t[t] else 0
    print(f'{t:<20} P={P:.3f} R={R:.3f} (tp={tp_t[t]} fp={fp_t[t]} fn={fn_t[t]})')
print(f'matched events: {n}')
for k, v in sorted(why.items()): print(f'{k}: {v}')
print(f'date exact: {pct(date_ok, n)}')
print(f'fatalities exact: {pct(fat_ok, n)}; where gold states a toll: {pct(fat_gold_ok, fat_gold)}')
P = act_tp / (act_tp + act_fp) if act_tp + act_fp else 0; R = act_tp / (act_tp + act_fn) if act_tp + act_fn else 0
print(f'actors: all right {pct(act_exact, n)}; P={P:.3f} R={R:.3f}')
print(f'reportedBy: {pct(rep_ok, rep_n)}' if rep_field else 'reportedBy: not annotated in this gold (no field on its events)')

"""Passive reports in the languages of the clause rules (:mod:`.clauses`): the agent of a
passive verb of saying speaks ("le tir confirmé par le Kremlin", "fue acusado … por varias
mujeres", "Die Demokraten wurden von Future Forward gewarnt, dass …"; rule ``passive``);
a passive with no agent names no speaker, and gives no attribution ("Besonders scharf
kritisiert wurde ihre Entscheidung") unless its clause follows at once, opened by one of the
language's ``passive_reports`` ("Il a été précisé que …", "war kritisiert worden, dass …"),
or its verb only reports speech (``said_passives``: "Ihm werden Betrug und Untreue
vorgeworfen"): then an attribution with no speaker (rule ``impersonal``). Read from the language's ``passive_aux``,
``agent_preps`` and ``past_participle`` (``words.yaml``); a language without them has no
passive rule. Asked by :mod:`.clause_cues` before the rules of :mod:`.clauses`."""

from __future__ import annotations

from .clause_phrases import _clause_end, _skip_forward, _subject_like, np_after, np_back
from .clause_vso import last_form
from .clauses import _NONE, _content_after, _Site

__all__ = ["passive"]

#: How many tokens after a participle its agent may stand ("fue acusado el lunes de acoso
#: y violación por varias mujeres").
AGENT_REACH = 10


def passive(site: _Site, b: int):
    """The attribution of a passive cue (its agent speaks), :data:`_NONE` for a passive
    with no agent, or None where the cue is not a passive participle (``b``: the token
    before the cue's auxiliaries). A participle that agrees with its subject
    (``passive_only_endings``: "la décision a été annoncée par …") is a report only as a
    passive: :data:`_NONE` otherwise ("les mesures annoncées mardi"), unless it follows a
    reflexive auxiliary (``reflexive_aux``: "s’est félicitée", "se sont dits"), where the
    participle agrees with the subject of an active pronominal verb that speaks."""
    answer = _passive(site, b)
    if answer is None and site.w.PASSIVE_ONLY is not None and site.w.PASSIVE_ONLY.search(last_form(site)) \
            and not any(t.low in site.w.REFLEXIVE_AUX for t in site.toks[b + 1:site.ci]):
        return _NONE
    return answer


def _passive(site: _Site, b: int):
    w, toks = site.w, site.toks
    if not w.PASSIVE_AUX or w.PAST_PARTICIPLE is None \
            or not (w.PAST_PARTICIPLE.search(last_form(site)) or last_form(site).lower() in w.SAID_PASSIVES):
        return None  # ("empfohlen": a participle with no ge-)
    if any(t.low in w.REFLEXIVE_PASSIVE for t in toks[site.ci:site.cj + 1]):
        return None  # "se han pronunciado por la reforma": a pronominal verb, active ("por": what for)
    group = toks[b + 1:site.ci]
    nxt = toks[site.cj + 1] if site.cj + 1 < len(toks) else None
    if any(t.low in w.PASSIVE_AUX for t in group) or (nxt is not None and nxt.low in w.PASSIVE_AUX):
        aux = next((k for k in range(site.ci - 1, b, -1) if toks[k].low in w.PASSIVE_AUX), None)
        return _with_agent(site, b) or _unnamed(site) or (aux is not None and _said(site, aux)) or _NONE  # "a été précisé"
    if group and b >= 0 and " ".join(t.low for t in toks[b:site.ci]) in w.IMPERSONAL_PASSIVE:
        return _unnamed(site)  # "Il est précisé que": the expletive "il", the present passive
    if group and any(t.low in w.AUX for t in group):
        return None  # "a confirmé par téléphone": the active voice
    if w.ORDER == "v2":
        aux = _aux_before(site, b)
        if aux is not None and toks[aux].low in w.PASSIVE_AUX and _clause_end(toks, site.cj + 1) \
                or aux is not None and toks[aux].low in w.PASSIVE_AUX and nxt is not None \
                and nxt.low in w.COMPLEMENTIZERS:
            return _with_agent(site, b, aux) or _quoted(site, aux) or _unnamed(site) or _said(site, aux) or _NONE  # "wurden … von X gewarnt"
        return None
    if b >= 0 and toks[b].low in w.PASSIVE_AUX:
        return _with_agent(site, b) or _unnamed(site) or _NONE  # "Al ser cuestionado, el ministro dijo …"
    if b < 0 and toks[site.ci].core == toks[site.ci].low and any(t.text == "," for t in toks[site.cj + 1:site.cj + 9]):
        return _NONE  # "Cuestionado sobre el tema, el ministro dijo …": said of the subject after the comma, asked
    if not toks[b].word or toks[b].low in w.DETERMINERS or toks[b].low in w.PRONOUNS:
        return None
    # a participle after a noun ("le tir confirmé par le Kremlin"): a passive only with its
    # agent; what was said is the noun phrase before it
    st = np_back(toks, b, 0, w)
    return _with_agent(site, b, said=(toks[st].start, toks[b].end) if st is not None else None) or (
        _unnamed(site) if toks[b].low in w.PASSIVE_AUX else None)  # "Il a été précisé que"


def _unnamed(site: _Site):
    """"Il a été précisé que …", "Im Fall von Gaetz war kritisiert worden, dass …", "tout le
    contraire avait été dit : « … »": a passive with no agent whose clause follows at once,
    opened by one of ``passive_reports``, reports what was said, by no one named; else None."""
    w, toks = site.w, site.toks
    k = site.cj + 1
    while k < len(toks) and (toks[k].low in w.PASSIVE_AUX or toks[k].text == ","):
        k += 1  # "kritisiert worden, dass"
    if k >= len(toks) or not (toks[k].low in w.PASSIVE_REPORTS or toks[k].text in w.PASSIVE_REPORTS):
        return None
    content = _content_after(site, k)
    return None if content is None else site.found(None, content, "impersonal")


def _said(site: _Site, aux: int):
    """A passive with no agent of a verb that only reports speech (``said_passives``: "Dem
    Abgeordneten werden Drogenkonsum und Betrug vorgeworfen.", "Es wird empfohlen, die Fenster
    zu schließen.", "Über Warnapps wird vor giftigen Rauchgasen gewarnt."): what was said, by no
    one named (rule ``impersonal``) — the clause after its comma, else the words between the
    auxiliary and the participle; None for another verb or nothing said."""
    w, toks = site.w, site.toks
    if last_form(site).lower() not in w.SAID_PASSIVES:
        return None
    rest = toks[site.cj + 2:next((k for k in range(site.cj + 2, len(toks)) if toks[k].text in {".", ";", "!", "?"}),
                                 len(toks))]
    if site.cj + 2 < len(toks) and toks[site.cj + 1].text == "," and rest and rest[0].word and (
            rest[0].low in w.COMPLEMENTIZERS or any(t.low in w.INFINITIVE_MARK for t in rest)):
        content = _content_after(site, site.cj + 1)  # "…, eine Spenderin belästigt zu haben" (not "…, der …")
    else:
        k = aux + 1
        while k < site.ci and (toks[k].low in w.ADVERBS or toks[k].low in w.TIME_WORDS):
            k += 1  # "wird offiziell vor …"
        content = (toks[k].start, toks[site.ci - 1].end) if k < site.ci else None
    return None if content is None else site.found(None, content, "impersonal")


def _aux_before(site: _Site, b: int) -> int | None:
    """The nearest auxiliary before the cue in its sentence (German: the verb second of a
    clause whose participle the cue is), or None."""
    w, toks = site.w, site.toks
    return next((k for k in range(b, max(-1, b - 30), -1) if toks[k].low in w.AUX or toks[k].low in w.PASSIVE_AUX),
                None)


def _with_agent(site: _Site, b: int, aux: int | None = None, said: tuple | None = None):
    """The attribution whose speaker is the passive's agent: after the participle ("par
    le Kremlin", "por varias mujeres"), or in German between the auxiliary and it ("von
    Future Forward, …, gewarnt"); None where there is none."""
    w, toks = site.w, site.toks
    if aux is not None:
        ks = [k for k in range(aux + 1, site.ci) if toks[k].low in w.AGENT_PREPS]
    else:
        ks = []
        for k in range(site.cj + 1, min(len(toks), site.cj + 1 + AGENT_REACH)):
            if not toks[k].word or toks[k].low in w.COMPLEMENTIZERS:
                break
            if toks[k].low in w.AGENT_PREPS:
                ks = [k]
                break
    for k in ks:
        i = _skip_forward(toks, k + 1, w)
        e = np_after(toks, i, len(toks) if aux is None else site.ci, w)
        if e is None or not _subject_like(toks, i, e - 1, i, w):
            continue
        content = said or _content_after(site, site.cj + 1 if aux is not None or e >= len(toks) else e)
        last = aux - 1 if aux is not None else b  # else the subject: "… wurde … von X begrüßt", "X fue acusado"
        if content is None and last >= 0:
            st = np_back(toks, last, 0, w)
            content = (toks[st].start, toks[last].end) if st is not None else None
        if content is not None:
            return site.found((toks[i].start, toks[e - 1].end), content, "passive")
    return None


def _quoted(site: _Site, aux: int):
    """The passive of a verb of quoting (``quoted_passives``: "Scholz wird mit den Worten zitiert:
    „…“", "In der Zeitung wird der Minister mit den Worten zitiert, …"): its subject is the one who
    speaks, before the auxiliary opening its clause or right after it; None otherwise."""
    w, toks = site.w, site.toks
    if last_form(site).lower() not in w.QUOTED_PASSIVES:
        return None
    st = np_back(toks, aux - 1, 0, w) if aux >= 1 and toks[aux - 1].word else None
    span = (st, aux) if st is not None and (st == 0 or not toks[st - 1].word) else None
    e = np_after(toks, aux + 1, site.ci, w) if span is None else None
    span = span or ((aux + 1, e) if e is not None and _subject_like(toks, aux + 1, e - 1, 0, w) else None)
    content = _content_after(site, site.cj + 1) if span is not None else None
    return None if content is None else site.found((toks[span[0]].start, toks[span[1] - 1].end), content, "passive")


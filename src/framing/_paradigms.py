"""A verb's forms from its paradigm: the endings of each tense a report uses, written once
per verb class in a cue table (``paradigms:``), and the verbs of an entry that take them
(``paradigm:``), so a table lists every form a reader knows, not only those a dev article
used. Read by :func:`framing.cues.parse_cues`; docs/languages.md shows the format.

A class is a mapping of groups (tenses, moods: any names) to their endings, and how a stem
is made from the verb (``strip``, for the class or one group)::

    paradigms:
      ar:                      # -ar verbs: explicar
        strip: ~ar             # the verb without its ending: explic-
        present: [a, an]       # explica, explican
        future: {strip: "~", endings: [á, án, ía, ían]}   # on the whole verb: explicará

An ending is added after the stem, or written as a template: ``~`` is the stem, ``+`` the
verb's particle (``"ي~ون"``: يقولون; ``"~te … +"``: teilte … mit). An entry names its verbs
and their class, with the stems an irregular verb needs by group::

    explicar: {paradigm: ar}
    afirmar: {paradigm: {afirmar: ar, asegurar: ar}}
    sostener: {paradigm: {sostener: {class: er, present: sostien, future: sostendr}}}
"""

from __future__ import annotations

import yaml

from . import _yaml

__all__ = ["read_paradigms", "verb_forms"]

#: The keys of a verb's mapping besides its groups' stems.
_VERB_KEYS = {"class", "particle"}


def _strip(where, node, verb: str, template: str, particle: str | None) -> str:
    """``verb`` without what ``template`` writes around its ``~`` ("~ar": "explicar" ->
    "explic"; "أ~": "أعلن" -> "علن"; "+~en", particle "mit": "mitteilen" -> "teil")."""
    if "+" in template:
        if particle is None:
            raise where.error(node, f"the verb {verb!r} needs a 'particle' for its class's stem {template!r}.")
        template = template.replace("+", particle)
    before, _, after = template.partition("~")
    if not verb.startswith(before) or not verb.endswith(after) or len(verb) < len(before) + len(after):
        raise where.error(node, f"the verb {verb!r} does not fit its class's stem {template!r}.")
    return verb[len(before):len(verb) - len(after)]


def _list(where, node, what: str) -> list[str]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    return [_yaml.scalar(where, item, what) for item in items]


def read_paradigms(where, node, canon) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """The classes of a table's ``paradigms:``: name -> [(group, strip, endings)], in the
    file's order; ``canon`` writes a form as the table keeps it."""
    classes = {}
    for name, (_, spec) in _yaml.mapping(where, node, "paradigms", None).items():
        what = f"paradigm {name!r}"
        body = _yaml.mapping(where, spec, what, None)
        strip = canon(_yaml.scalar(where, body["strip"][1], f"{what}: strip")) if "strip" in body else "~"
        groups = []
        for group, (_, gnode) in body.items():
            if group == "strip":
                continue
            gstrip, endings = strip, gnode
            if isinstance(gnode, yaml.MappingNode):
                g = _yaml.mapping(where, gnode, f"{what}: {group}", {"strip", "endings"})
                if "endings" not in g:
                    raise where.error(gnode, f"{what}: {group}: missing key 'endings'.")
                gstrip = canon(_yaml.scalar(where, g["strip"][1], f"{what}: {group}: strip")) if "strip" in g else strip
                endings = g["endings"][1]
            if "~" not in gstrip:
                raise where.error(gnode, f"{what}: a strip is written around '~' ('~ar': the verb without 'ar').")
            groups.append((group, gstrip, tuple(canon(e) if e.strip() else "" for e in
                                                _list(where, endings, f"{what}: {group}"))))
        if not groups:
            raise where.error(spec, f"{what}: no groups of endings.")
        classes[name] = groups
    return classes


def verb_forms(where, node, lemma: str, classes: dict, canon) -> list[str]:
    """The forms of an entry's ``paradigm:`` (a class name for the lemma itself, or verb ->
    class name or ``{class: …, particle: …, <group>: stem(s)}``), in order, each once."""
    verbs = {lemma: (node, node)} if isinstance(node, yaml.ScalarNode) else _yaml.mapping(
        where, node, f"cue {lemma!r}: paradigm", None)
    out: dict[str, None] = {}
    for verb, (_, spec) in verbs.items():
        what = f"cue {lemma!r}: paradigm of {verb!r}"
        if isinstance(spec, yaml.MappingNode):
            body = _yaml.mapping(where, spec, what, None)
            if "class" not in body:
                raise where.error(spec, f"{what}: missing key 'class' (one of {', '.join(classes)}).")
            name = _yaml.scalar(where, body["class"][1], f"{what}: class")
        else:
            body, name = {}, _yaml.scalar(where, spec, what)
        if name not in classes:
            raise where.error(spec, f"{what}: no paradigm {name!r} (the table has {', '.join(classes) or 'none'}).")
        groups = classes[name]
        stray = [k for k in body if k not in _VERB_KEYS and k not in {g for g, _, _ in groups}]
        if stray:
            raise where.error(spec, f"{what}: {stray[0]!r} is not a group of paradigm {name!r} "
                                    f"({', '.join(g for g, _, _ in groups)}).")
        particle = canon(_yaml.scalar(where, body["particle"][1], f"{what}: particle")) if "particle" in body else None
        base = canon(verb)
        for group, strip, endings in groups:
            stems = [canon(s) for s in _list(where, body[group][1], f"{what}: {group}")] if group in body \
                else [_strip(where, spec, base, strip, particle)]
            for stem in stems:
                for ending in endings:
                    form = ending.replace("~", stem) if "~" in ending else stem + ending
                    if "+" in form:
                        if particle is None:
                            raise where.error(spec, f"{what}: paradigm {name!r} needs a 'particle' ({ending!r}).")
                        form = form.replace("+", particle)
                    out[canon(form)] = None
    return list(out)

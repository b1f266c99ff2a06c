"""Reading the YAML files ``framing`` ships and users write (lexicons, gazetteers, cue
tables): node by node, so every error names the file and line; safe loading only, with
tags and aliases refused."""

from __future__ import annotations

import re

import yaml

from .errors import LexiconError

__all__ = ["Where", "compose", "mapping", "scalar", "boolean", "plain_tree", "comment_text"]

# what may not stand in a YAML comment as it is: every line break Unicode knows (a YAML
# reader ends the comment at \r, U+0085, U+2028, U+2029; str.splitlines at \v, \f and
# U+001C-U+001E too), control characters, surrogates and the non-characters YAML refuses
_NOT_IN_COMMENT = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def comment_text(text: str) -> str:
    """``text`` made safe to write after ``#`` on one line: every line break and control
    character written as an escape (``\\r``, ``\\u2028``), so what follows it can never be
    read as YAML (a document id cannot inject a lexicon entry)."""
    return _NOT_IN_COMMENT.sub(lambda m: {"\n": "\\n", "\r": "\\r"}.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


class Where:
    """The file being read (``source``) and what it is (``kind``: "lexicon", "cue table"),
    for error messages."""

    def __init__(self, source: str, kind: str = "lexicon"):
        self.source = source
        self.kind = kind

    def error(self, node: yaml.Node | None, msg: str) -> LexiconError:
        line = f", line {node.start_mark.line + 1}" if node is not None else ""
        return LexiconError(f"{self.source}{line}: {msg}")


def compose(text: str, where: Where) -> yaml.Node | None:
    """The YAML node tree of ``text`` (libyaml when installed: ten times faster), or an
    error with line and column; tags and aliases refused (:func:`plain_tree`)."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise LexiconError(f"{where.source}{pos}: YAML syntax error: {exc.problem or exc}. Check indentation, colons "
                           "and quotes there.") from None
    except yaml.YAMLError as exc:
        raise LexiconError(f"{where.source}: YAML error: {exc}") from None
    if root is not None:
        plain_tree(where, root)
    return root


def mapping(where: Where, node: yaml.Node, what: str, allowed: set[str] | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise where.error(node, f"{what} must be a mapping of keys to values.")
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            raise where.error(k, f"{what}: keys must be plain names.")
        key = str(k.value)
        if key in out:
            raise where.error(k, f"{what}: duplicate key {key!r} (first at line {out[key][0].start_mark.line + 1}); each name may appear once.")
        if allowed is not None and key not in allowed:
            raise where.error(k, f"{what}: unknown key {key!r}; expected one of: {', '.join(sorted(allowed))}.")
        out[key] = (k, v)
    return out


def scalar(where: Where, node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise where.error(node, f"{what} must be text.")
    return str(node.value)


def boolean(where: Where, node: yaml.Node, what: str) -> bool:
    v = scalar(where, node, what).lower()
    if v in {"true", "yes", "on"}:
        return True
    if v in {"false", "no", "off"}:
        return False
    raise where.error(node, f"{what} must be true or false, not {v!r}.")


PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}


def plain_tree(where: Where, root: yaml.Node) -> None:
    """Refuse what a lexicon never needs and a hostile file could use: YAML tags
    (``!!python/object/apply:…``) and aliases (``*name``: a few lines of them can stand for
    millions of patterns)."""
    seen: set = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise where.error(node, f"YAML aliases (*name) are not allowed in a {where.kind}; write the entries out.")
        seen.add(id(node))
        if node.tag not in PLAIN_TAGS:
            raise where.error(node, f"YAML tag {node.tag!r} is not allowed in a {where.kind}; write plain text, lists and "
                                    "mappings.")
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)

"""Checking options (framing._params): the constraints, the decorator, the messages, and that
every public function with an enumerated option declares it."""

import ast
import inspect
import math
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import framing
import framing.dask
import framing.notebook
import framing.plots
from framing import FramingError, ParameterError
from framing._params import JOBS, POSITIVE, WHOLE, Instance, Interval, Options, check, declared, validate_params

ROOT = Path(__file__).resolve().parents[1]
DOC = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["The regime said so."]})


# --------------------------------------------------------------------------- constraints

def test_options():
    voice = Options(("all", "narrator", "quoted"))
    assert voice.holds("narrator") and not voice.holds("Narrator") and not voice.holds(None)
    assert not voice.holds(["all"]) and not voice.holds(np.array(["all", "x"]))  # unhashable, array: refused, no error
    assert voice.text == "one of all, narrator, quoted"
    assert Options(("a",), none=True).holds(None) and Options(("a",), none=True).text == "one of a (or None)"
    assert not Options((0, 1)).holds(False) and Options((0, 1)).holds(1)  # True == 1, but True is not an option here
    period = Options(("W", "M"), key=str.upper)
    assert period.holds("m") and not period.holds(3) and not period.holds("day")  # a key that cannot read it: refused
    assert Options(("a",), text="a or nothing").text == "a or nothing"


@pytest.mark.parametrize("constraint,good,bad,text", [
    (WHOLE, [0, 1, 10**9, np.int64(3)], [-1, 1.0, 0.5, True, "3", None, float("nan")], "a whole number of 0 or more"),
    (POSITIVE, [1, 9999], [0, -1, False], "a whole number of 1 or more"),
    (Interval(0, 1, closed="neither"), [0.5, 1e-9, Fraction(1, 2), np.float64(0.95)], [0, 1, 95, math.nan, "0.5"],
     "a number between 0 and 1"),
    (Interval(0, 1), [0, 1, 0.75], [-0.01, 1.01], "a number from 0 to 1"),
    (Interval(0, 1, closed="left"), [0, 0.99], [1], "a number from 0 and below 1"),
    (Interval(0, None, closed="neither"), [0.1], [0], "a number above 0"),
    (Interval(None, 5), [-3, 5], [6], "a number of 5 or less"),
    (JOBS, [None, 0, 2], [-1, 1.5, "2"], "a whole number of processes (0 for every core)"),
])
def test_intervals(constraint, good, bad, text):
    assert all(constraint.holds(v) for v in good), good
    assert not any(constraint.holds(v) for v in bad), bad
    assert constraint.text == text
    with pytest.raises(ValueError, match="closed must be one of"):
        Interval(0, 1, closed="open")


def test_instance():
    c = Instance(int, str)
    assert c.holds(3) and c.holds("x") and not c.holds(True) and not c.holds(None) and not c.holds(2.0)
    assert Instance(bool).holds(True) and Instance(int, none=True).holds(None)
    assert c.text == "int or str" and Instance(int, text="a count").text == "a count"


def test_check_names_the_option_the_valid_values_and_the_value():
    with pytest.raises(ParameterError) as exc:
        check("voice", "x", Options(("all", "narrator", "quoted")))
    assert str(exc.value) == "voice must be one of all, narrator, quoted, not 'x'."
    assert isinstance(exc.value, ValueError) and isinstance(exc.value, FramingError)
    check("voice", "all", Options(("all", "narrator", "quoted")))  # holds: nothing raised


# --------------------------------------------------------------------------- the decorator

def test_the_decorator_checks_by_position_and_by_keyword_before_the_call():
    calls = []

    @validate_params(n=POSITIVE, how=Options(("up", "down")))
    def f(data, n=1, *, how="up", **rest):
        """Doc."""
        calls.append((data, n, how))
        return n

    assert f("d", 2, how="down") == 2 and f("d", n=3) == 3 and f("d") == 1
    with pytest.raises(ParameterError, match=r"^n must be a whole number of 1 or more, not 0\.$"):
        f("d", 0)  # by position
    with pytest.raises(ParameterError, match=r"^n must be a whole number of 1 or more, not -2\.$"):
        f("d", n=-2)  # by keyword
    with pytest.raises(ParameterError, match=r"^how must be one of up, down, not 'sideways'\.$"):
        f("d", how="sideways")
    assert len(calls) == 3  # refused before the function ran
    assert f.__name__ == "f" and f.__doc__ == "Doc." and list(inspect.signature(f).parameters) == ["data", "n", "how", "rest"]
    assert declared(f) == {"n": POSITIVE, "how": f.__framing_params__["how"]} and declared(len) == {}
    with pytest.raises(TypeError, match="no parameter 'm'"):
        validate_params(m=WHOLE)(f.__wrapped__)
    with pytest.raises(TypeError, match="no parameter 'rest'"):  # **rest is not an option one can declare
        validate_params(rest=WHOLE)(f.__wrapped__)
    with pytest.raises(TypeError, match="not a Constraint"):
        validate_params(n=int)


def test_a_generator_function_is_checked_at_the_call_not_at_the_first_item():
    with pytest.raises(ParameterError, match="jobs must be"):
        framing.iter_mentions(DOC, jobs=-1)  # no next(): refused already
    with pytest.raises(ParameterError, match="jobs must be"):
        framing.iter_attributions(DOC, jobs="all")


# --------------------------------------------------------------------------- the package's options

@pytest.mark.parametrize("call,message", [
    (lambda: framing.count_terms(DOC, voice="x"), "voice must be one of all, narrator, quoted, not 'x'."),
    (lambda: framing.kwic(DOC, "regime", voice="x"), "voice must be one of all, narrator, quoted, not 'x'."),
    (lambda: framing.article_counts(DOC, voice="x"), "voice must be one of all, narrator, quoted, not 'x'."),
    (lambda: framing.discover.collocates(DOC, "regime", voice="x"), "voice must be one of all, narrator, quoted, not 'x'."),
    (lambda: framing.count_terms(DOC, min_count=-5), "min_count must be a whole number of 0 or more, not -5."),
    (lambda: framing.sourcing_profile(DOC, min_docs=1.5), "min_docs must be a whole number of 0 or more, not 1.5."),
    (lambda: framing.find_mentions(DOC, jobs=-1), "jobs must be a whole number of processes (0 for every core), not -1."),
    (lambda: framing.count_terms(DOC, period="D"), "period must be one of W (week), M (month), Q (quarter), Y (year), not 'D'."),
    (lambda: framing.compare_groups(DOC, family="syrian_state", confidence=95),
     "confidence must be a number between 0 and 1 (e.g. 0.95), not 95."),
    (lambda: framing.compare_groups(DOC, family="syrian_state", resamples=0), "resamples must be a whole number of 1 or more, not 0."),
    (lambda: framing.compare_sourcing(DOC, dimension="speaker"),
     "dimension must be one of category, kind, cue, cue_type, not 'speaker'."),
    (lambda: framing.load_lexicon(engine="fast"), "engine must be one of 'auto', 'hyperscan', 'python', not 'fast'."),
    (lambda: framing.distinctive_words(DOC, group="X", voice="quoted"), "voice must be one of all, narrator, not 'quoted'."),
    (lambda: framing.plots.plot_source_shares(pd.DataFrame(), dimension="x"),
     "dimension must be one of category, kind, cue, cue_type, not 'x'."),
])
def test_a_bad_option_is_refused_with_the_valid_values_named(call, message):
    with pytest.raises(ParameterError) as exc:
        call()
    assert str(exc.value) == message


def test_a_statistic_is_checked_against_the_registry_as_it_is_now():
    with pytest.raises(ParameterError, match=r"no comparison statistic 'ratio'; statistic must be one of difference"):
        framing.compare_groups(DOC, family="syrian_state", statistic="ratio")


def test_an_unknown_language_is_a_parameter_error_and_still_a_language_error():
    from framing.lang import LanguageError

    with pytest.raises(ParameterError, match="unknown language 'xx'") as exc:
        framing.count_terms(DOC, language="xx")
    assert isinstance(exc.value, LanguageError)


#: Options whose values are a fixed set or a range: a public function that takes one declares it.
CHECKED = {"voice", "min_count", "min_docs", "jobs", "period", "confidence", "resamples", "statistic", "engine",
           "dimension"}


def _public_functions():
    spaces = [framing, framing.dask, framing.discover, framing.stats, framing.validate, framing.notebook, framing.plots,
              framing.lexicon]
    for space in spaces:
        for name in getattr(space, "__all__", ()):
            obj = getattr(space, name)
            if inspect.isfunction(obj):
                yield f"{space.__name__}.{name}", obj


def test_every_public_function_with_an_enumerated_option_declares_it():
    seen = 0
    missing = []
    for where, func in _public_functions():
        options = CHECKED & set(inspect.signature(func).parameters)
        if options:
            seen += 1
            missing += [f"{where}({o}=)" for o in sorted(options - set(declared(func)))]
    assert seen >= 20
    assert not missing, missing


def test_no_signature_names_the_study_lexicon_itself():
    # the example lexicon is one named constant (framing.lexicon.EXAMPLE_LEXICON), not a literal in signatures
    offenders = []
    for path in (ROOT / "src" / "framing").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                a = node.args
                named = a.posonlyargs + a.args
                pairs = list(zip(named[len(named) - len(a.defaults):], a.defaults)) + list(zip(a.kwonlyargs, a.kw_defaults))
                offenders += [f"{path.name}:{node.name}({arg.arg}=)" for arg, default in pairs
                              if isinstance(default, ast.Constant) and default.value in ("syria", "news")]
    assert not offenders, offenders
    assert framing.lexicon.EXAMPLE_LEXICON == "syria"
    for where, func in _public_functions():
        p = inspect.signature(func).parameters.get("lexicon")
        if p is not None and p.default is not inspect.Parameter.empty and p.default is not None:
            assert p.default == framing.lexicon.EXAMPLE_LEXICON, where

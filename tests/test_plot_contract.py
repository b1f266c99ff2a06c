"""The contract every ``plot_*`` function keeps (as seaborn's shared test classes check
theirs): it takes its table as ``data=``, draws on the Axes it is given or on the current
one, returns that Axes, and refuses a table without its columns by naming them."""

import inspect
from pathlib import Path

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
from framing import plots  # noqa: E402
from framing.errors import FramingError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tables(pooled):
    narrator = framing.count_terms(pooled, voice="narrator", min_count=1, min_docs=1)
    profile = framing.sourcing_profile(pooled, gazetteer="syria_sources", min_docs=1)
    docs = getattr(pooled, "documents", pooled)
    dated = docs.assign(date=["2017-01-05", "2017-02-03"] * (len(docs) // 2) + ["2017-03-01"] * (len(docs) % 2))
    return {
        "plot_corpus_overview": (framing.corpus_summary(pooled), {}),
        "plot_wire_shares": (framing.wire_shares(pooled), {}),
        "plot_label_shares": (narrator, {"family": "syrian_state"}),
        "plot_voice_shares": (framing.count_terms_by_voice(pooled, min_count=1), {"family": "syrian_state", "label": "regime"}),
        "plot_rate_heatmap": (narrator, {}),
        "plot_source_shares": (profile, {}),
        "plot_cue_verbs": (profile, {}),
        "plot_top_sources": (framing.top_sources(pooled, gazetteer="syria_sources"), {}),
        "plot_outlet_profile": (framing.outlet_profile(narrator, profile), {}),
        "plot_distinctive_words": (framing.distinctive_words(pooled, group=sorted(docs.outlet)[0]), {}),
        "plot_differences": (framing.compare_groups(pooled, family="syrian_state", resamples=200, min_docs=1), {}),
        "plot_share_over_time": (framing.count_terms(dated, by=["outlet", "month"], min_count=1, min_docs=1),
                                 {"family": "syrian_state", "label": "regime"}),
        "plot_precision": (framing.validation_report(ROOT / "docs" / "examples" / "validation-seeds-attributions.csv").precision, {}),
        "plot_collocates": (framing.discover.collocates(pooled, "regime", min_count=1), {}),
    }


PLOTS = sorted(name for name in dir(plots) if name.startswith("plot_") and callable(getattr(plots, name)))


def test_every_plot_function_is_covered(tables):
    assert sorted(tables) == PLOTS


@pytest.mark.parametrize("name", PLOTS)
def test_the_table_is_data_and_the_rest_keywords(name):
    params = list(inspect.signature(getattr(plots, name)).parameters.values())
    assert params[0].name == "data"
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:]), "options are keyword-only"
    assert "ax" in [p.name for p in params]


@pytest.mark.parametrize("name", PLOTS)
def test_draws_on_the_axes_given_and_returns_it(name, tables):
    data, kw = tables[name]
    fig, (ax, other) = plt.subplots(1, 2)
    plt.sca(other)
    out = getattr(plots, name)(data=data, ax=ax, **kw)
    assert out is ax and (ax.has_data() or ax.texts or ax.images)
    assert not other.has_data()  # the current Axes was left alone
    plt.close(fig)


@pytest.mark.parametrize("name", PLOTS)
def test_draws_on_the_current_axes_when_none_is_given(name, tables):
    data, kw = tables[name]
    fig, ax = plt.subplots()
    assert getattr(plots, name)(data, **kw) is plt.gca() is ax
    plt.close(fig)


@pytest.mark.parametrize("name", PLOTS)
def test_a_table_without_its_columns_is_refused_by_name(name, tables):
    data, kw = tables[name]
    wrong = pd.DataFrame({"something_else": [1, 2]})
    with pytest.raises(FramingError, match="needs columns") as exc:
        getattr(plots, name)(wrong, **kw)
    needed = str(exc.value).split("needs columns ")[1].split(";")[0].split(", ")
    assert set(needed) <= set(data.columns)  # the columns it names are the matching function's
    for col in needed:  # each one, missing from the real table, is named
        with pytest.raises(FramingError, match=rf"needs columns {col}\b"):
            getattr(plots, name)(data.drop(columns=col), **kw)


@pytest.mark.parametrize("name", PLOTS)
def test_an_unknown_option_is_refused(name, tables):
    data, kw = tables[name]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        getattr(plots, name)(data, colour="red", **kw)

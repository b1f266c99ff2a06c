"""framing.dask on a real dask.distributed LocalCluster (scheduler and workers as processes),
and jobs= on local processes: the same tables as one process."""

import json
from pathlib import Path

import pandas as pd
import pytest

import framing
import framing.dask

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def seed_frame(seeds):
    return seeds.documents[["doc_id", "outlet", "text", "date"]]


def test_terms_on_parquet_partitions(client, seed_frame, tmp_path, seeds):
    ddf = dd.from_pandas(seed_frame, npartitions=3)
    ddf.to_parquet(tmp_path / "pq")
    ddf = dd.read_parquet(tmp_path / "pq")
    got = framing.dask.count_terms(ddf, by="outlet", voice="narrator", min_count=5)
    want = framing.count_terms(seeds, by="outlet", voice="narrator", min_count=5)
    pd.testing.assert_frame_equal(got, want)
    assert len(client.scheduler_info()["workers"]) == 2
    # several keys and a time bin: the same table, intervals and all
    got = framing.dask.count_terms(ddf, by=["outlet", "month"], min_count=1, min_docs=1)
    want = framing.count_terms(seeds, by=["outlet", "month"], min_count=1, min_docs=1)
    pd.testing.assert_frame_equal(got, want)
    pooled = framing.dask.count_terms(dd.from_pandas(seed_frame.assign(outlet="all"), npartitions=3), min_docs=2)
    assert pooled["share_low"].notna().any()
    pd.testing.assert_frame_equal(pooled, framing.count_terms(seed_frame.assign(outlet="all"), min_docs=2))


def test_attributions_on_a_bag(client, seed_frame, tmp_path, seeds):
    path = tmp_path / "seeds.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for rec in seed_frame.to_dict("records"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    bag = db.read_text(str(path), blocksize=2000).map(json.loads)
    got = framing.dask.find_attributions(bag)
    want = framing.find_attributions(seeds)
    cols = ["doc_id", "speaker", "speaker_canonical", "speaker_category", "cue", "kind", "content", "cue_start"]
    key = ["doc_id", "cue_start", "content"]
    pd.testing.assert_frame_equal(got[cols].sort_values(key, ignore_index=True), want[cols].sort_values(key, ignore_index=True),
                                  check_dtype=False)


def test_clear_errors(seed_frame):
    with pytest.raises(framing.FramingError, match="dask DataFrame or Bag"):
        framing.dask.count_terms(seed_frame)
    with pytest.raises(framing.FramingError, match="no text column 'body'"):
        framing.dask.count_terms(dd.from_pandas(seed_frame, npartitions=1), text_col="body")


def test_jobs_give_the_same_tables(seeds_dir, seeds):
    one = framing.count_terms(seeds_dir, chunksize=2)
    two = framing.count_terms(seeds_dir, chunksize=2, jobs=2)
    pd.testing.assert_frame_equal(one, two)
    a1 = framing.find_attributions(seeds_dir, chunksize=2)
    a2 = framing.find_attributions(seeds_dir, chunksize=2, jobs=2)
    pd.testing.assert_frame_equal(a1, a2)
    with pytest.raises(framing.FramingError, match="jobs must be"):
        framing.count_terms(seeds, jobs=-1)


def test_threaded_scheduler_gives_the_same_tables(seed_frame):
    # Dask's default scheduler for a DataFrame runs partitions on threads of one process,
    # all sharing one lexicon (and its compiled scanner)
    import dask

    many = pd.concat([seed_frame.assign(doc_id=seed_frame["doc_id"] + f"-{i}") for i in range(40)], ignore_index=True)
    ddf = dd.from_pandas(many, npartitions=16)
    with dask.config.set(scheduler="threads", num_workers=4):
        got = framing.dask.count_terms(ddf, by="outlet")
        atts = framing.dask.find_attributions(ddf)
    pd.testing.assert_frame_equal(got, framing.count_terms(many, by="outlet"))
    assert len(atts) == len(framing.find_attributions(many))


# --------------------------------------------------------------------------- parity with the local run

FAKES = Path("/work/shared/corpora/fakes/fakes.csv")


def _made_up():
    """A corpus with every case the local preparation handles: one document repeated in
    another partition (skipped), an id used again with another text (kept as a#2), a
    headline column, no outlet, no text, mojibake, a cue that only a custom table knows."""
    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "a", "d", "a", "e", "f"],
        "outlet": ["X", "Y", "X", "X", "", "Y", "Y", "X"],
        "headline": ["Regime falls", "The government", None, "Regime falls", "x", "Rebels", "y", "z"],
        "text": ["The regime said the army advanced. “We won,” Assad said.",
                 "The government harrumphed that the rebels were done.",
                 "The regime and the regime again, AndrÃ©s said.",
                 "The regime said the army advanced. “We won,” Assad said.",
                 None,
                 "Another text under a used id: the rebels said so.",
                 "Officials harrumphed that the regime held.",
                 "The Syrian government said, the opposition said."],
    })


def _parity_corpora(seed_frame):
    seeds = seed_frame.rename(columns={"outlet": "source"})
    seeds = pd.concat([seeds, seeds.iloc[[0]]], ignore_index=True)  # seed_01 again, in the last partition
    seeds["title"] = ["A headline about the regime"] + [None] * (len(seeds) - 1)
    corpora = [("seeds", seeds, dict(outlet_col="source")), ("made-up", _made_up(), dict(title_col="headline"))]
    if FAKES.exists():
        fakes = pd.read_csv(FAKES, dtype=str, keep_default_na=False, nrows=36)
        fakes = pd.concat([fakes, fakes.iloc[[3, 20]]], ignore_index=True)  # two articles repeated, later on
        corpora.append(("fakes", fakes, dict(text_col="article_content", outlet_col="source", id_col="unit_id",
                                             title_col="article_title")))
    return corpora


def _both(local, remote, data, npartitions, **options):
    """The local table and the Dask one, with the warnings each gave."""
    import warnings

    with warnings.catch_warnings(record=True) as got_local:
        warnings.simplefilter("always")
        want = local(data, **options)
    with warnings.catch_warnings(record=True) as got_dask:
        warnings.simplefilter("always")
        got = remote(dd.from_pandas(data, npartitions=npartitions), **options)
    loads = [[str(w.message).split(":", 1)[1] for w in ws if "while loading" in str(w.message)] for ws in (got_local, got_dask)]
    return want, got, loads


def test_dask_gives_the_local_tables(client, seed_frame):
    # framing.dask skipped the repeated-id check (a repeated document counted twice: regime 2
    # against 1, n_docs 3 against 2), had no title column nor cue table, and lost load problems
    from framing.cues import load_cues

    cues = load_cues(extra={"harrumph": ["harrumph", "harrumphed", "harrumphs"]})
    for name, data, cols in _parity_corpora(seed_frame):
        for npartitions in (1, 3):
            for options in (dict(min_count=1, min_docs=1), dict(by="outlet", voice="narrator", min_count=1),
                            dict(by=["outlet", "month"], min_count=1, min_docs=1), dict(period="Y", min_count=1),
                            dict(by="doc", min_count=1, min_docs=1)):
                if name == "made-up" and ("month" in str(options) or "period" in options):
                    continue  # no dates
                want, got, (local_warning, dask_warning) = _both(framing.count_terms, framing.dask.count_terms, data,
                                                                 npartitions, **options, **cols)
                pd.testing.assert_frame_equal(got, want, obj=f"{name}, {npartitions} partitions, {options}")
                assert len(dask_warning) == len(local_warning) == 1
                # the same problems, with the same rows and ids (listed chunk by chunk: a partition is a chunk)
                assert [sorted(w.replace("<dask DataFrame>", "<DataFrame>").split("\n")) for w in dask_warning] == \
                    [sorted(w.split("\n")) for w in local_warning]
            want, got, _ = _both(framing.find_attributions, framing.dask.find_attributions, data, npartitions, cues=cues,
                                 **cols)
            pd.testing.assert_frame_equal(got, want, check_dtype=False, obj=f"{name}, {npartitions} partitions")
    data = _made_up()
    got = framing.dask.find_attributions(dd.from_pandas(data, npartitions=3), cues=cues, title_col="headline", warn=False)
    assert "harrumphed" in set(got["cue"]) and "harrumphed" not in set(framing.dask.find_attributions(
        dd.from_pandas(data, npartitions=3), warn=False)["cue"])


def test_a_repeated_document_counts_once_under_dask(client):
    df = pd.DataFrame({"doc_id": ["a", "b", "a"], "outlet": "X",
                       "text": ["The regime said so.", "The government said so.", "The regime said so."]})
    got = framing.dask.count_terms(dd.from_pandas(df, npartitions=3), min_count=1, min_docs=1, warn=False)
    row = got.query("label == 'regime'").iloc[0]
    assert (row["count"], row["n_docs"]) == (1, 2)
    with pytest.warns(framing.FramingWarning, match=r"the same doc_id and text as an earlier document — skipped"):
        framing.dask.count_terms(dd.from_pandas(df, npartitions=3))


def test_dask_reads_the_corpus_language_on_its_workers(client, tmp_path):
    # a language registered in this process only (a folder elsewhere) reaches the workers:
    # »…« read as quotation marks there too, as in the local run
    import shutil
    from importlib import resources

    from framing.lang import register_language, unregister_language

    folder = tmp_path / "xx"
    shutil.copytree(resources.files("framing") / "lang" / "en", folder)
    text = (folder / "language.yaml").read_text(encoding="utf-8")
    (folder / "language.yaml").write_text(text.replace('double_open: "“«„"', 'double_open: "“»„"')
                                          .replace('double_close: "”»"', 'double_close: "”«"'), encoding="utf-8")
    register_language(folder)
    try:
        df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": "X",
                           "text": ["Der Sprecher sagte »das regime ist schwach«.", "The regime fell."]})
        for language in ("en", "xx"):
            want = framing.count_terms(df, voice="quoted", min_count=1, min_docs=1, language=language)
            got = framing.dask.count_terms(dd.from_pandas(df, npartitions=2), voice="quoted", min_count=1, min_docs=1,
                                           language=language)
            pd.testing.assert_frame_equal(got, want)
            assert got.query("label == 'regime'")["count"].tolist() == [1 if language == "xx" else 0]
            want = framing.find_attributions(df, language=language)
            got = framing.dask.find_attributions(dd.from_pandas(df, npartitions=2), language=language)
            pd.testing.assert_frame_equal(got, want, check_dtype=False)
    finally:
        unregister_language("xx")

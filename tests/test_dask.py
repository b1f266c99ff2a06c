"""framing.dask on a real dask.distributed LocalCluster (scheduler and workers as processes),
and jobs= on local processes: the same tables as one process."""

import json

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

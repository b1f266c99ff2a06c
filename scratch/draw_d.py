"""Draw for helper-abp-d: abp_syria records not in abp.jsonl, 250-1000 words, Random(3502) shuffle.

The file had 92 articles when drawn; only those are left out, so the draw repeats after more were added.
"""
import gzip
import json
import random
import sys

with open("gold/attributions/abp.jsonl") as g:
    have = {json.loads(line)["doc_id"] for line in g.readlines()[:92]}
pool = []
with gzip.open("../shared/corpora/abp_syria/abp_syria.jsonl.gz", "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["doc_id"] in have:
            continue
        if 250 <= len(r["text"].split()) <= 1000:
            pool.append(r)
random.Random(3502).shuffle(pool)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
print(len(pool), "records in the pool")
for i, r in enumerate(pool[:n]):
    print(i, r["outlet"], r["doc_id"], len(r["text"].split()), r.get("title", "")[:70], sep="\t")

"""Evaluation of framing against gold annotations (``docs/evaluation.md``).

* PolNeAR (BRAT standoff files): :func:`read_polnear`, :func:`evaluate_polnear`
  (:mod:`.polnear`).
* The project's own gold sets (``gold/README.md``: offsets into the shared corpora):
  :func:`read_gold` (:mod:`.gold`), :func:`evaluate_attributions` and :func:`category_confusion` (:mod:`.gold_attributions`)
  and :func:`evaluate_voice` (:mod:`.gold_voice`); whether two speakers are the same:
  :func:`same_speaker` (:mod:`.speakers`); the agreement of two readers of the same
  articles: :func:`agreement_attributions` (:mod:`.gold_agreement`).
"""

from .gold import GoldAttributionOwn, GoldMark, read_gold
from .gold_agreement import agreement_attributions
from .gold_attributions import category_confusion, evaluate_attributions
from .gold_voice import VOICE_AS_GOLD, evaluate_voice
from .polnear import GoldAttribution, evaluate_polnear, is_speech_cue, read_ann, read_polnear
from .speakers import same_speaker

__all__ = ["read_polnear", "evaluate_polnear", "is_speech_cue", "read_ann", "GoldAttribution", "read_gold",
           "GoldAttributionOwn", "GoldMark", "evaluate_attributions", "evaluate_voice", "VOICE_AS_GOLD", "same_speaker",
           "agreement_attributions", "category_confusion"]

"""underthesea's Vietnamese word segmentation: the same words as ``underthesea.word_tokenize``,
its CRF features built at half the cost.

underthesea's featurizer evaluates each of its 43 feature templates ("T[-2]", "T[-1,0].lower",
… "T[0,2].is_in_dict") at every token, ~1.3 µs a template and a token, and the agency readers
segment ~70 name windows a document (``agencies._segment``): the featurizer was most of
underthesea's time in the recognizer stage.  The 43 templates are 12 attributes of a token or of
the words from it on ("T[0]", "T[0,1].lower", "T[0,2].istitle", …) read at shifted positions, so
the featurizer here computes those 12 once per token (underthesea's own featurizer, so the same
values) and the 43 features are put together from them, padded with "BOS"/"EOS" as underthesea
pads them; the model then tags exactly the features it would have tagged.  Bench windows
(66 windows): featurization 22.7 → ~11 ms.

If underthesea's internals are not what this expects (another version, another model), or the
features built here differ from its featurizer's on a probe sentence, ``underthesea.word_tokenize``
is used as it is.  tests/test_segmentation.py compares the words with ``word_tokenize``'s.
"""

from __future__ import annotations

import functools
import re
from os.path import dirname, isdir, join

# "T[-2]", "T[-1,1].lower", "T[0].is_in_dict": offsets of the first and last token, attribute
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](.*)")
# A sentence whose features cover every template near both ends (capitals, digits, punctuation)
_PROBE = "Sở Nội vụ hướng dẫn 02 lần/năm, Ủy ban nhân dân xã Quản lý nhà nước về Văn hóa - Xã hội."


class _FeatureSegmenter:
    """``word_tokenize`` of underthesea with the features assembled from per-token attributes."""

    def __init__(self) -> None:
        import joblib
        import underthesea.pipeline.word_tokenize as wt
        from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
        from underthesea_core import CRFFeaturizer, CRFTagger

        # the model underthesea.word_tokenize loads (FastCRFSequenceTagger.load), loaded once
        model_dir = join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727")
        if not isdir(model_dir):
            raise LookupError(model_dir)
        tagger = CRFTagger()
        tagger.load(join(model_dir, "models.bin"))
        templates = joblib.load(join(model_dir, "features.bin"))
        dictionary = joblib.load(join(model_dir, "dictionary.bin"))
        bases: list[str] = []  # the attributes at offset 0: "T[0]", "T[0,1].lower", …
        self._templates = []  # (feature prefix, first offset, last offset, attribute index)
        for template in templates:
            first, last, attribute = _TEMPLATE.fullmatch(template).groups()
            first = int(first)
            last = first if last is None else int(last)
            base = f"T[0{f',{last - first}' if last != first else ''}]{attribute}"
            if base not in bases:
                bases.append(base)
            self._templates.append((template + "=", first, last, bases.index(base)))
        self._value_at = [len(base) + 1 for base in bases]  # "T[0,1].lower=" is cut off
        self._attributes = CRFFeaturizer(bases, dictionary)
        self._tokenize = tokenize
        self._tag = tagger.tag
        probe = tokenize(_PROBE)
        if self.features(probe) != CRFFeaturizer(templates, dictionary).process([[[t] for t in probe]])[0]:
            raise LookupError("features differ from underthesea's")

    def features(self, tokens: list[str]) -> list[list[str]]:
        n = len(tokens)
        rows = self._attributes.process([[[t] for t in tokens]])[0]
        values = [[v[cut:] for v, cut in zip(row, self._value_at)] for row in rows]
        # out of the sentence on the left "BOS", else on the right "EOS" (as underthesea pads)
        return [[prefix + ("BOS" if i + first < 0 else "EOS" if i + last >= n else values[i + first][k])
                 for prefix, first, last, k in self._templates]
                for i in range(n)]

    def __call__(self, sentence: str) -> list[str]:
        # underthesea.word_tokenize(sentence): its tokens, tagged, "I-W" joined to the word before
        tokens = self._tokenize(sentence, use_token_normalize=True, fixed_words=[])
        if not tokens:
            return []
        words: list[str] = []
        for tag, token in zip(self._tag(self.features(tokens)), tokens):
            if tag == "I-W" and words:
                words[-1] = words[-1] + " " + token
            else:
                words.append(token)
        return words


@functools.lru_cache(maxsize=None)
def word_segmenter():
    """The segmenter: ``_FeatureSegmenter`` where underthesea is the version it expects,
    otherwise ``underthesea.word_tokenize``."""
    try:
        return _FeatureSegmenter()
    except (ImportError, AttributeError, LookupError, OSError, TypeError, ValueError):
        from underthesea import word_tokenize
        return word_tokenize

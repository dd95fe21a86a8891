"""pipeline.segmentation gives underthesea's own words, its features built from per-token attributes."""

from pathlib import Path

import pytest
from underthesea import word_tokenize
from underthesea_core import CRFFeaturizer

from pipeline.segmentation import _FeatureSegmenter, word_segmenter

DATA = Path(__file__).parent / "data"
# the seeds and a real text of each kind (plans, a directive, decisions, a district's plan)
TEXTS = sorted((DATA / "seeds").glob("*.txt")) + [DATA / "real_text" / name for name in (
    "01_daklak-ct012-2025-tang-cuong-cai-cach-tthc.txt", "07_dongnai-qd2816-2025-don-gian-hoa-tthc-y-te.txt",
    "12_phutho-stttt-kh-2011-trien-khai-phan-mem-qlvb.txt", "13_phobang-tuyenquang-kh01-2025-tuyen-truyen-bau-cu.txt")]


def windows(path: Path) -> list[str]:
    """What the agency readers segment (a line's opening, up to its first comma, at most 90
    characters) and, of every third line, the line (up to 200 characters)."""
    out = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        line = line.strip()
        if line:
            out += [line[:90].split(",")[0] + ","] + ([line[:200]] if k % 3 == 0 else [])
    return out


def test_the_fast_featurizer_is_used():
    # (a fallback to word_tokenize gives the same words, only slower: see segmentation.py)
    assert isinstance(word_segmenter(), _FeatureSegmenter), "underthesea's internals changed"


@pytest.mark.parametrize("sentence", [
    "Sở Nội vụ chủ trì, phối hợp với các cơ quan",
    "Ban Quản lý Khu kinh tế tỉnh",
    "UBND các xã, phường và đặc khu",
    "Ủy ban nhân dân 02 lần/năm",
    "A",
    "1",
    "",
    "- (Sở Y tế).",
])
def test_short_windows(sentence):
    assert word_segmenter()(sentence) == word_tokenize(sentence)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:24])
def test_same_words_as_underthesea_on_real_lines(path):
    segment = word_segmenter()
    for window in windows(path):
        assert segment(window) == word_tokenize(window), window


@pytest.mark.parametrize("path", TEXTS[:3], ids=lambda p: p.stem[:24])
def test_same_features_as_underthesea(path):
    import underthesea.pipeline.word_tokenize as wt
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    word_tokenize("Sở")  # underthesea loads its model
    full = wt.word_tokenize_model.featurizer
    segment = word_segmenter()
    for window in windows(path):
        tokens = tokenize(window)
        assert segment.features(tokens) == full.process([[[t] for t in tokens]])[0], window
    assert isinstance(full, CRFFeaturizer)

"""The package's public API: what `from pipeline import …` offers a library user."""

import subprocess
import sys
from pathlib import Path

import pytest

import pipeline

SAMPLE = Path(__file__).parent / "data" / "real_text" / "01_daklak-ct012-2025-tang-cuong-cai-cach-tthc.txt"


def test_public_names_extract_a_document():
    from pipeline import DocumentResult, PipelineError, Settings, extract_document

    assert set(pipeline.__all__) == {"extract_document", "Settings", "DocumentResult", "PipelineError",
                                     "__version__", "Context", "Entity", "entity_kind", "recognizer"}
    result = extract_document(SAMPLE.read_bytes(), SAMPLE.name, Settings(ocr=False))
    assert isinstance(result, DocumentResult)
    assert result.to_json()["references"] and result.rows()["legal_references"]
    with pytest.raises(PipelineError) as err:
        extract_document(b"", "empty.txt", Settings())
    assert err.value.kind


def test_the_recognizer_contract_is_public():
    from pipeline import Context, Entity, entity_kind, recognizer
    from pipeline.entities import Entity as entities_Entity
    from pipeline.recognize import Context as recognize_Context

    assert Context is recognize_Context and Entity is entities_Entity
    assert callable(entity_kind) and callable(recognizer)


def test_import_is_cheap_and_unknown_names_fail():
    # `import pipeline` loads no stage: the names are imported on first use
    code = "import sys, pipeline; print(pipeline.__version__, 'pipeline.document' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent).stdout.split()
    assert out == [pipeline.__version__, "False"]
    with pytest.raises(AttributeError):
        pipeline.no_such_name  # noqa: B018

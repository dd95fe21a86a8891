"""The package's data through one resolver (pipeline/resources.py), and the resume key that
depends on it."""

import shutil

from pipeline import resources
from pipeline.settings import Settings


def test_every_table_is_read_from_the_package_data():
    assert resources.MODELS_DIR.name == "_models" and resources.MODELS_DIR.parent.name == "pipeline"
    assert resources.model_path("doc_types.tsv").is_file()
    types = resources.table_records("doc_types.tsv")
    assert {"type", "code", "form", "title_line"} <= set(types[0])
    assert ["CP", "Chính phủ"] in resources.table_rows("issuer_codes.tsv")
    assert not any(line.startswith("#") for line in resources.data_lines("legacy", "syllables.txt"))


def test_editing_a_data_file_changes_the_resume_fingerprint(tmp_path, monkeypatch):
    before = Settings().fingerprint()
    copy = tmp_path / "_models"
    shutil.copytree(resources.MODELS_DIR, copy)
    monkeypatch.setattr(resources, "MODELS_DIR", copy)
    resources.models_digest.cache_clear()
    try:
        assert Settings().fingerprint() == before  # same files, same key
        with (copy / "agency_heads.tsv").open("a", encoding="utf-8") as fh:
            fh.write("Ban Quản lý dự án\tstrong\n")
        resources.models_digest.cache_clear()
        assert Settings().fingerprint() != before
        (copy / "registry" / "local" / "mine.csv").write_text("number,symbol\n1,QĐ-UBND\n")
        after_edit = Settings().fingerprint()
        resources.models_digest.cache_clear()
        assert Settings().fingerprint() == after_edit  # a user's registry import is not a rule
    finally:
        resources.models_digest.cache_clear()


def test_low_confidence_threshold_is_one_setting():
    from pipeline import audit, cli_audit

    assert audit.LOW_CONFIDENCE == Settings().low_confidence == 60
    option = next(p for p in cli_audit.audit_command.params if p.name == "low_confidence")
    assert option.default == Settings().low_confidence

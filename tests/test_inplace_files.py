"""Files `biblio enrich` reads and writes: decoded as `convert` decodes them, written
back byte for byte, atomically, with the permissions a normal write gives."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import biblio
from biblio.atomic import AtomicFile
from biblio.cli import main
from biblio.inplace import enrich_file
from test_enrich_file_support import TableLookup

RIS = ("TY  - BOOK\r\nTI  - L’Ancien Régime et la Révolution\r\nAU  - Tocqueville, Alexis de\r\n"
       "ER  - \r\n\r\nTY  - BOOK\r\nTI  - The Prophet Armed\r\nAU  - Deutscher, Isaac\r\n"
       "ER  - \r\n")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_027() -> object:
    old = os.umask(0o027)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask_027")
def test_a_new_output_file_gets_the_mode_a_normal_write_gives(tmp_path: Path) -> None:
    source = tmp_path / "refs.ris"
    source.write_text(RIS, encoding="utf-8", newline="")
    out = tmp_path / "enriched.ris"
    enrich_file(source, TableLookup(), output=out)
    assert "PB  - Verso\r\n" in out.read_bytes().decode("utf-8")
    assert mode(out) == 0o640  # 0666 less the umask, not mkstemp's 0600
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert mode(out) == mode(plain)


def test_a_replaced_file_keeps_its_mode_and_a_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "library" / "refs.ris"
    real.parent.mkdir()
    real.write_text(RIS, encoding="utf-8", newline="")
    real.chmod(0o604)
    link = tmp_path / "refs.ris"
    link.symlink_to(real)
    enrich_file(link, TableLookup(), in_place=True)
    assert link.is_symlink() and "PB  - Verso\r\n" in real.read_bytes().decode("utf-8")
    assert mode(real) == 0o604
    assert sorted(p.name for p in real.parent.iterdir()) == ["refs.ris"]
    out = AtomicFile(real)
    out.write("TY  - BOOK\nER  - \n")
    out.commit()
    assert mode(real) == 0o604 and real.read_text() == "TY  - BOOK\nER  - \n"


def test_an_aborted_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.bib"
    path.write_text("old")
    out = AtomicFile(path)
    out.write("new, half")
    out.abort()
    assert [p.name for p in tmp_path.iterdir()] == ["out.bib"] and path.read_text() == "old"


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("cp1252", b""),
])
def test_files_are_read_as_convert_reads_them_and_written_back_alike(
        tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "refs.ris"
    path.write_bytes(bom + RIS.encode(encoding))
    result = enrich_file(path, TableLookup(), in_place=True)
    # The lookup saw the title convert reads ("’" is 0x92 in Windows-1252, not Latin-1's C1).
    [tocqueville] = [e for e in biblio.io.read(path.with_name("refs.ris.bak")).records
                     if e.title and e.title.startswith("L")]
    assert tocqueville.title == "L’Ancien Régime et la Révolution"
    assert path.read_bytes() == bom + result.text.encode(encoding)
    assert "PB  - Verso\r\n" in result.text


def test_a_file_mixing_two_encodings_is_refused_and_left_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refs.ris"
    title = "TI  - L’Ancien Régime et la Révolution\r\n"
    data = RIS.replace("ER", "N1  - Zürich\r\nER", 1).encode("utf-8").replace(
        title.encode("utf-8"), title.replace("’", "'").encode("cp1252"))
    path.write_bytes(data)
    assert main(["enrich", str(path), "--in-place"]) != 0
    err = capsys.readouterr().err
    assert "not UTF-8 (line 2): read as Windows-1252" in err and "nothing was changed" in err
    assert path.read_bytes() == data and not path.with_name("refs.ris.bak").exists()

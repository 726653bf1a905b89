"""extralib -- identifier helpers the extra set needs beyond corpuslib (which is kept byte-identical to
the shared copy in shared/corpus/gen/corpuslib.py). Everything here is deterministic and checked."""
from __future__ import annotations

from corpuslib import ba_account, jmbg_valid, verhoeff_complete, verhoeff_valid


def oib(first10: str) -> str:
    """Croatian personal identification number (OIB): 10 digits + ISO 7064 MOD 11,10 control digit."""
    assert len(first10) == 10 and first10.isdigit(), first10
    a = 10
    for c in first10:
        a = (a + int(c)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    k = 11 - a
    return first10 + str(0 if k == 10 else k)


def oib_valid(x: str) -> bool:
    return len(x) == 11 and x.isdigit() and oib(x[:10]) == x


def aadhaar(first11: str) -> str:
    """Indian Aadhaar number printed 4-4-4 with its Verhoeff check digit (first digit 2-9)."""
    assert len(first11) == 11 and first11.isdigit() and first11[0] not in "01", first11
    n = verhoeff_complete(first11)
    assert verhoeff_valid(n)
    return f"{n[0:4]} {n[4:8]} {n[8:12]}"


def ba_account_print(bank3: str, branch3: str, acc8: str) -> str:
    """Bosnian domestic account (MOD 97-10 control pair) printed 3-3-8-2 as on bank statements."""
    n = ba_account(bank3, branch3, acc8)
    return f"{n[0:3]}-{n[3:6]}-{n[6:14]}-{n[14:16]}"


def checked_jmbg(j: str) -> str:
    assert jmbg_valid(j), j
    return j

"""Which kinds of a shared build each of the two processes builds (see :mod:`.parallel`).

A process pays for the large libraries its kinds load (:data:`LIBRARY_COST`) once, however many
of its kinds use them. So the best split is not simply "heaviest kind to the emptier side":
the demo's two photo kinds (Pillow only) are the two heaviest kinds, and splitting them sends
reportlab, python-docx and Jinja into both processes. :func:`plan_sides` therefore tries every
split of the heaviest kinds (:data:`EXACT_KINDS`: 2¹⁰ splits, under a millisecond) and keeps
the one whose busier side has the least to do, counting each side's libraries once; the light
kinds then join one by one where they add least. Measured on the demo (``bench/bench_build.py``):
photos in one process, the documents in the other – 0.03–0.06 s less than the heaviest-first
plan, because reportlab and its fonts, platypus and pikepdf are loaded once.

The build's own process gets the lighter side: it also swaps the files in at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from ceremonykit.documents.registry import DocumentKind, get_kind

LIBRARY_COST: dict[str, int] = {
    "reportlab.pdfgen": 5,  # with its first fonts and the PDF machinery's first use
    "reportlab.platypus": 4,  # on top of reportlab.pdfgen
    "docx": 4,
    "xlsxwriter": 1,
    "pikepdf": 4,  # with the PDF/A step's first use
    "jinja2": 2,
    "typst": 2,  # with the compiler's font index
    "email.message": 1,
}
"""What loading a library costs a process, in the unit of :attr:`DocumentKind.cost` (10 ms;
measured on the reference machine as what a kind costs more when it is the first in its process
to need the library). A kind names those it loads in :attr:`DocumentKind.libraries` (checked by
a test that builds each kind in a fresh process)."""

EXACT_KINDS = 10
"""The heaviest kinds whose split is searched exhaustively (2¹⁰ splits); lighter ones follow."""


def found_by_name(kind: DocumentKind) -> bool:
    """Whether the worker can find ``kind`` in the registry (it receives only the name)."""
    try:
        return get_kind(kind.name) == kind
    except KeyError:
        return False


def loading_cost(kind: DocumentKind, loaded: set[str]) -> int:
    """What ``kind`` costs a process for the libraries it would be the first there to load."""
    return sum(LIBRARY_COST.get(lib, 0) for lib in kind.libraries if lib not in loaded)


def load(kinds: Sequence[DocumentKind]) -> int:
    """What building ``kinds`` costs one process: their own costs and each library once."""
    libraries = {lib for kind in kinds for lib in kind.libraries}
    return sum(k.cost for k in kinds) + sum(LIBRARY_COST.get(lib, 0) for lib in libraries)


def plan_sides(kinds: list[DocumentKind]) -> tuple[list[DocumentKind], list[DocumentKind]]:
    """(kinds for this process, kinds for the worker), each in the order to build."""
    ranked = sorted(kinds, key=lambda k: -load([k]))
    heavy, light = ranked[:EXACT_KINDS], ranked[EXACT_KINDS:]
    sides = _best_split(heavy)
    for kind in light:  # where its libraries are (else where it adds least), then the emptier
        options = [0, 1] if found_by_name(kind) else [0]
        side = min(options, key=lambda s: (_added(sides[s], kind), load(sides[s])))
        sides[side].append(kind)
    here, there = _settled(sides)
    if load(there) < load(here) and all(found_by_name(k) for k in here):
        here, there = there, here  # the build's own process also swaps the files in
    return _in_building_order(here), _in_building_order(there)


def _best_split(heavy: list[DocumentKind]) -> list[list[DocumentKind]]:
    """The split of ``heavy`` with the least load on its busier side (ties: the least load in
    all, i.e. libraries loaded twice the least); bit i of a split set = kind i to the worker."""
    full = (1 << len(heavy)) - 1
    bits = {lib: 1 << i for i, lib in enumerate(sorted({x for k in heavy for x in k.libraries}))}
    kind_libs = [sum(bits[lib] for lib in k.libraries) for k in heavy]
    own, libs = [0] * (full + 1), [0] * (full + 1)
    for mask in range(1, full + 1):
        low = (mask & -mask).bit_length() - 1
        own[mask] = own[mask & (mask - 1)] + heavy[low].cost
        libs[mask] = libs[mask & (mask - 1)] | kind_libs[low]
    lib_cost = {
        m: sum(LIBRARY_COST.get(lib, 0) for lib, b in bits.items() if m & b) for m in set(libs)
    }
    cost = [own[m] + lib_cost[libs[m]] for m in range(full + 1)]
    allowed = sum(1 << i for i, k in enumerate(heavy) if found_by_name(k))
    best = min(
        (m for m in range(full + 1) if m & ~allowed == 0),
        key=lambda m: (max(cost[m], cost[full ^ m]), cost[m] + cost[full ^ m]),
    )
    return [
        [k for i, k in enumerate(heavy) if not best >> i & 1],
        [k for i, k in enumerate(heavy) if best >> i & 1],
    ]


def _settled(sides: list[list[DocumentKind]]) -> list[list[DocumentKind]]:
    """``sides`` after moving single kinds across while that lowers the busier side's load
    (or, at equal load, the load in all): the split of the heavy kinds did not see the light
    ones, which may tip the balance (the demo's press release then joins the photos)."""

    def score(split: list[list[DocumentKind]]) -> tuple[int, int]:
        loads = load(split[0]), load(split[1])
        return max(loads), sum(loads)

    while True:
        trials = []
        for source, kind in [(s, k) for s in (0, 1) for k in sides[s]]:
            if source == 1 or found_by_name(kind):  # the worker finds kinds by name
                trial = [[k for k in side if k is not kind] for side in sides]
                trial[1 - source].append(kind)
                trials.append((score(trial), trial))
        if not trials or min(t[0] for t in trials) >= score(sides):
            return sides
        sides = min(trials, key=lambda t: t[0])[1]


def _added(side: list[DocumentKind], kind: DocumentKind) -> int:
    return kind.cost + loading_cost(kind, {lib for k in side for lib in k.libraries})


def _in_building_order(side: list[DocumentKind]) -> list[DocumentKind]:
    """Heaviest first, counting the libraries a kind is the first on its side to load – so
    the kinds left to take over from the other side at the end are the cheap ones."""
    loaded: set[str] = set()
    costed = []
    for kind in sorted(side, key=lambda k: -load([k])):
        costed.append((kind.cost + loading_cost(kind, loaded), kind))
        loaded.update(kind.libraries)
    return [k for _, k in sorted(costed, key=lambda p: -p[0])]

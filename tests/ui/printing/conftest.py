import pytest

BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def squash(text: str) -> str:
    """Text without whitespace or bidi controls, for finding a phrase in pdftotext's output: it
    breaks lines where the page does, wraps a right-to-left run in embedding marks and may move
    the space next to the run inside them."""
    return "".join(text.translate(BIDI_CONTROLS).split())


@pytest.fixture
def squashed():
    return squash

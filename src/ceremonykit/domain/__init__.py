"""The domain: dataclasses of a ceremony and the preflight rules. Standard library only."""

from ceremonykit.domain.model import *  # noqa: F403
from ceremonykit.domain.model import __all__  # noqa: F401

"""Which stack the tests run on, from what the venv has installed:

- Material for MkDocs 9 on MkDocs 1.6 (``.venv``, ``./scripts/test``), the demo site's;
- MaterialX 10 on ProperDocs 1.6 (``.venv-materialx``, ``./scripts/test-materialx``).

MaterialX installs Material's ``material`` package under its own names: theme
``materialx``, plugins ``materialx/*``. On its stack the in-process builds run through
ProperDocs, as its CLI does (``properdocs.replacement`` makes ``mkdocs.*`` imports load
``properdocs.*``): ``use_engine()`` must run before anything imports ``mkdocs``.
"""

from __future__ import annotations

import logging
from importlib import metadata


def _installed(distribution: str) -> bool:
    try:
        metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return False
    return True


MATERIALX = _installed("mkdocs-materialx")
THEME = "materialx" if MATERIALX else "material"
"""The theme name a site's config gives (``theme: {name: ...}``)."""
ENGINE = "properdocs" if MATERIALX else "mkdocs"
"""The command that builds a site."""
CONFIG_FILE = "properdocs.yml" if MATERIALX else "mkdocs.yml"
"""The config file the engine reads by default."""
NAME = "MaterialX + ProperDocs" if MATERIALX else "Material + MkDocs"


def use_engine() -> None:
    """Route ``mkdocs.*`` to ProperDocs on the MaterialX stack, and its ``mkdocs`` logger
    under ``properdocs`` as ProperDocs' CLI does (so ``--strict`` counts plugin warnings)."""
    if not MATERIALX:
        return
    import properdocs.replacement  # noqa: F401

    logging.getLogger("mkdocs").parent = logging.getLogger("properdocs")

"""Reader-facing labels in the site's language.

Labels are looked up by key for ``theme.language``; a site overrides any of them with
the plugin's ``labels`` option. English is the fallback for a language we do not ship.
Templates receive the resolved mapping as ``labels``.
"""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "en"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "sign_off": "Sign-off",
    },
    "fr": {
        "sign_off": "Mot de la fin",
    },
    "de": {
        "sign_off": "Schlusswort",
    },
}


def base_language(language: str | None) -> str:
    """``"pt-BR"`` -> ``"pt"``; ``None`` -> the default."""
    if not language:
        return DEFAULT_LANGUAGE
    return language.replace("_", "-").split("-", 1)[0].lower()


def labels_for(language: str | None, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """All labels for ``language``, English where it lacks one, then the site's overrides."""
    resolved = dict(LABELS[DEFAULT_LANGUAGE])
    resolved.update(LABELS.get(base_language(language), {}))
    resolved.update(overrides or {})
    return resolved


def unknown_label_keys(overrides: Mapping[str, str]) -> list[str]:
    """Override keys that name no label (most likely typos)."""
    return sorted(set(overrides) - set(LABELS[DEFAULT_LANGUAGE]))

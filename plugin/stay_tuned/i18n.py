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
        "follow": "Follow this blog",
        "feed_rss": "RSS feed",
        "feed_json": "JSON feed",
        "subscribe_email": "Email address",
        "subscribe_intro": "Get new articles by email.",
        "subscribe_button": "Subscribe",
    },
    "fr": {
        "sign_off": "Mot de la fin",
        "follow": "Suivre ce blog",
        "feed_rss": "Flux RSS",
        "feed_json": "Flux JSON",
        "subscribe_email": "Adresse e-mail",
        "subscribe_intro": "Recevez les nouveaux articles par e-mail.",
        "subscribe_button": "S'abonner",
    },
    "de": {
        "sign_off": "Schlusswort",
        "follow": "Diesem Blog folgen",
        "feed_rss": "RSS-Feed",
        "feed_json": "JSON-Feed",
        "subscribe_email": "E-Mail-Adresse",
        "subscribe_intro": "Neue Artikel per E-Mail erhalten.",
        "subscribe_button": "Abonnieren",
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

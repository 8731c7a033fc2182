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
        "callout_strategy": "Strategy",
        "callout_benefit": "Benefit",
        "callout_exercise": "Exercise to try",
        "callout_reflection": "Question for reflection",
        "callout_professional_help": "When to seek professional help",
        "takeaways": "Key takeaways",
        "strategy_library": "Strategy library",
        "library_intro": (
            "Every strategy from the articles on this site, with a link to where it is explained."
        ),
        "library_by_article": "By article",
        "library_by_category": "By category",
        "library_appears_in": "Appears in {count} articles:",
        "library_empty": "No article has strategies yet.",
    },
    "fr": {
        "sign_off": "Mot de la fin",
        "follow": "Suivre ce blog",
        "feed_rss": "Flux RSS",
        "feed_json": "Flux JSON",
        "subscribe_email": "Adresse e-mail",
        "subscribe_intro": "Recevez les nouveaux articles par e-mail.",
        "subscribe_button": "S'abonner",
        "callout_strategy": "Stratégie",
        "callout_benefit": "Bienfait",
        "callout_exercise": "Exercice à essayer",
        "callout_reflection": "Question de réflexion",
        "callout_professional_help": "Quand consulter un professionnel",
        "takeaways": "À retenir",
        "strategy_library": "Bibliothèque de stratégies",
        "library_intro": (
            "Toutes les stratégies des articles de ce site, avec un lien vers leur explication."
        ),
        "library_by_article": "Par article",
        "library_by_category": "Par catégorie",
        "library_appears_in": "Présente dans {count} articles :",
        "library_empty": "Aucun article ne propose encore de stratégie.",
    },
    "de": {
        "sign_off": "Schlusswort",
        "follow": "Diesem Blog folgen",
        "feed_rss": "RSS-Feed",
        "feed_json": "JSON-Feed",
        "subscribe_email": "E-Mail-Adresse",
        "subscribe_intro": "Neue Artikel per E-Mail erhalten.",
        "subscribe_button": "Abonnieren",
        "callout_strategy": "Strategie",
        "callout_benefit": "Vorteil",
        "callout_exercise": "Übung zum Ausprobieren",
        "callout_reflection": "Frage zum Nachdenken",
        "callout_professional_help": "Wann professionelle Hilfe sinnvoll ist",
        "takeaways": "Das Wichtigste in Kürze",
        "strategy_library": "Strategie-Sammlung",
        "library_intro": (
            "Alle Strategien aus den Artikeln dieser Website, mit einem Link zu ihrer Erklärung."
        ),
        "library_by_article": "Nach Artikel",
        "library_by_category": "Nach Kategorie",
        "library_appears_in": "Kommt in {count} Artikeln vor:",
        "library_empty": "Noch kein Artikel enthält Strategien.",
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

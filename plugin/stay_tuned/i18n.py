"""Reader-facing labels in the site's language.

Labels are looked up by key for ``theme.language``; a site overrides any of them with
the plugin's ``labels`` option. English is the fallback for a language we do not ship.
Templates receive the resolved mapping as ``labels``.
"""

from __future__ import annotations

import json
import string
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
        "library_appears_in_count": "Appears in {count} articles",
        "library_empty": "No article has strategies yet.",
        # Series (series/): {number}, {total}, {title}, {series}, {part}, {date},
        # {published}, {minutes} are filled in by the templates.
        "series": "Series",
        "series_part_of": "Part {number} of {total}",
        "series_part_title": "Part {number} — {title}",
        "series_coming_soon": "Coming soon",
        "series_next": "Next in {series}: {part}",
        "series_stay_tuned": "Stay tuned: {part} is coming soon.",
        "series_stay_tuned_date": "Stay tuned: {part} is coming on {date}.",
        "series_follow": "Follow this series",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Every part of the series {series}, as it is published.",
        "series_complete": "This was the last part of {series}: the series is complete.",
        "series_all_parts": "All parts of the series",
        "series_more": "More series",
        "series_status_ongoing": "Ongoing: {published} of {total} parts published",
        "series_status_complete": "Complete: all {total} parts published",
        "series_readtime": "{minutes} min read in all",
        "series_index_ongoing": "Ongoing series",
        "series_index_complete": "Complete series",
        "stay_tuned": "Stay tuned",
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
        "library_appears_in_count": "Présente dans {count} articles",
        "library_empty": "Aucun article ne propose encore de stratégie.",
        "series": "Séries",
        "series_part_of": "Partie {number} sur {total}",
        "series_part_title": "Partie {number} — {title}",
        "series_coming_soon": "Bientôt disponible",
        "series_next": "Suite de {series} : {part}",
        "series_stay_tuned": "Restez à l'écoute : {part} arrive bientôt.",
        "series_stay_tuned_date": "Restez à l'écoute : {part} arrive le {date}.",
        "series_follow": "Suivre cette série",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Chaque partie de la série {series}, dès sa publication.",
        "series_complete": "C'était la dernière partie de {series} : la série est complète.",
        "series_all_parts": "Toutes les parties de la série",
        "series_more": "Autres séries",
        "series_status_ongoing": "En cours : {published} parties publiées sur {total}",
        "series_status_complete": "Complète : les {total} parties sont publiées",
        "series_readtime": "{minutes} min de lecture en tout",
        "series_index_ongoing": "Séries en cours",
        "series_index_complete": "Séries complètes",
        "stay_tuned": "Restez à l'écoute",
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
        "library_appears_in_count": "Kommt in {count} Artikeln vor",
        "library_empty": "Noch kein Artikel enthält Strategien.",
        "series": "Serien",
        "series_part_of": "Teil {number} von {total}",
        "series_part_title": "Teil {number}: {title}",
        "series_coming_soon": "Demnächst",
        "series_next": "Weiter in {series}: {part}",
        "series_stay_tuned": "Bleiben Sie dran: {part} erscheint bald.",
        "series_stay_tuned_date": "Bleiben Sie dran: {part} erscheint am {date}.",
        "series_follow": "Dieser Serie folgen",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON-Feed)",
        "series_feed_description": "Jeder Teil der Serie {series}, sobald er erscheint.",
        "series_complete": "Das war der letzte Teil von {series}: Die Serie ist vollständig.",
        "series_all_parts": "Alle Teile der Serie",
        "series_more": "Weitere Serien",
        "series_status_ongoing": "Laufend: {published} von {total} Teilen veröffentlicht",
        "series_status_complete": "Abgeschlossen: alle {total} Teile veröffentlicht",
        "series_readtime": "{minutes} Min. Lesezeit insgesamt",
        "series_index_ongoing": "Laufende Serien",
        "series_index_complete": "Abgeschlossene Serien",
        "stay_tuned": "Bleiben Sie dran",
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


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a label fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


LABEL_MAX_LENGTH = 300
"""Longest label, in characters: a label is a few words (the longest shipped one is
under 100), and every page may repeat it."""


def _quoted(text: str, limit: int = 60) -> str:
    return json.dumps(
        text if len(text) <= limit else text[: limit - 1] + "\u2026", ensure_ascii=False
    )


def _field_problem(field: str, spec: str, conversion: str | None, allowed: set[str]) -> str:
    """Why one ``{...}`` of a label cannot be filled in, or ``""``."""
    shown = "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
    shown += "}"
    if not field.isidentifier():
        return f"{shown} is not a placeholder: a placeholder is a name in braces, like {{name}}"
    if conversion is not None or spec:
        return (
            f"{shown} formats its value, which labels cannot do; a placeholder is only a "
            f"name in braces, like {{{field}}}"
        )
    if field not in allowed:
        can = ", ".join("{" + name + "}" for name in sorted(allowed)) or "no placeholder"
        return f"{shown} is not a placeholder of this label; it can use {can}"
    return ""


def label_problem(key: str, text: str) -> str | None:
    """Why ``text`` cannot be the label ``key``, or ``None``: it is too long, or a
    ``{...}`` in it is not one of the label's plain ``{name}`` placeholders (no format
    spec, conversion, attribute or index: those could make huge pages or fail)."""
    where = f"labels.{key} is {_quoted(text)}"
    if len(text) > LABEL_MAX_LENGTH:
        return f"{where}: {len(text)} characters, more than a label's {LABEL_MAX_LENGTH}"
    allowed = placeholders(LABELS[DEFAULT_LANGUAGE][key])
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as error:
        return f"{where}: {error} (write '{{{{' and '}}}}' for literal braces)"
    for _, field, spec, conversion in fields:
        if field is not None:
            problem = _field_problem(field, spec or "", conversion, allowed)
            if problem:
                return f"{where}: {problem}"
    return None


def label_problems(overrides: Mapping[str, str]) -> list[str]:
    """What is wrong with the site's label overrides, one line per label, with a valid
    example after them; empty when every known label can be used. (Unknown keys are
    reported apart: see ``unknown_label_keys``.)"""
    known = LABELS[DEFAULT_LANGUAGE]
    problems = {
        key: problem
        for key, text in sorted(overrides.items())
        if key in known and (problem := label_problem(key, text)) is not None
    }
    if not problems:
        return []
    first = next(iter(problems))
    example = (
        "A valid example:\nplugins:\n  - stay-tuned:\n      labels:\n"
        f"        {first}: {json.dumps(known[first], ensure_ascii=False)}"
    )
    return [*problems.values(), example]

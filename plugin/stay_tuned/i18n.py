# ruff: noqa: RUF001 -- labels are text in their own scripts and punctuation (Cyrillic, CJK).
"""Reader-facing labels in the site's language.

Labels are looked up by key for ``theme.language``; a site overrides any of them with
the plugin's ``labels`` option. English is the fallback for a language we do not ship.
Templates receive the resolved mapping as ``labels``.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass

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
        "series_stay_tuned": "Coming next: {part}, soon.",
        "series_stay_tuned_date": "Coming next: {part}, on {date}.",
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
        "series_up_next": "Next: {part}",
        "series_read": "Read",
        "series_continue": "Continue with Part {number}",
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
        "series_up_next": "À suivre : {part}",
        "series_read": "Lu",
        "series_continue": "Continuer avec la partie {number}",
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
        "series_up_next": "Als Nächstes: {part}",
        "series_read": "Gelesen",
        "series_continue": "Weiter mit Teil {number}",
        "stay_tuned": "Bleiben Sie dran",
    },
    "es": {
        "sign_off": "Despedida",
        "follow": "Sigue este blog",
        "feed_rss": "Feed RSS",
        "feed_json": "Feed JSON",
        "subscribe_email": "Correo electrónico",
        "subscribe_intro": "Recibe los nuevos artículos por correo electrónico.",
        "subscribe_button": "Suscribirse",
        "callout_strategy": "Estrategia",
        "callout_benefit": "Beneficio",
        "callout_exercise": "Ejercicio para probar",
        "callout_reflection": "Pregunta para reflexionar",
        "callout_professional_help": "Cuándo buscar ayuda profesional",
        "takeaways": "Ideas clave",
        "strategy_library": "Biblioteca de estrategias",
        "library_intro": (
            "Todas las estrategias de los artículos de este sitio, con un enlace a donde se "
            "explican."
        ),
        "library_by_article": "Por artículo",
        "library_by_category": "Por categoría",
        "library_appears_in": "Aparece en {count} artículos:",
        "library_appears_in_count": "Aparece en {count} artículos",
        "library_empty": "Todavía ningún artículo tiene estrategias.",
        "series": "Series",
        "series_part_of": "Parte {number} de {total}",
        "series_part_title": "Parte {number} — {title}",
        "series_coming_soon": "Próximamente",
        "series_next": "A continuación en {series}: {part}",
        "series_stay_tuned": "Mantente atento: {part} llegará pronto.",
        "series_stay_tuned_date": "Mantente atento: {part} llegará el {date}.",
        "series_follow": "Sigue esta serie",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Cada parte de la serie {series}, en cuanto se publica.",
        "series_complete": "Esta fue la última parte de {series}: la serie está completa.",
        "series_all_parts": "Todas las partes de la serie",
        "series_more": "Más series",
        "series_status_ongoing": "En curso: {published} de {total} partes publicadas",
        "series_status_complete": "Completa: las {total} partes publicadas",
        "series_readtime": "{minutes} min de lectura en total",
        "series_index_ongoing": "Series en curso",
        "series_index_complete": "Series completas",
        "series_up_next": "A continuación: {part}",
        "series_read": "Leído",
        "series_continue": "Continuar con la parte {number}",
        "stay_tuned": "Mantente atento",
    },
    "it": {
        "sign_off": "Saluti finali",
        "follow": "Segui questo blog",
        "feed_rss": "Feed RSS",
        "feed_json": "Feed JSON",
        "subscribe_email": "Indirizzo email",
        "subscribe_intro": "Ricevi i nuovi articoli via email.",
        "subscribe_button": "Iscriviti",
        "callout_strategy": "Strategia",
        "callout_benefit": "Beneficio",
        "callout_exercise": "Esercizio da provare",
        "callout_reflection": "Domanda su cui riflettere",
        "callout_professional_help": "Quando chiedere aiuto a un professionista",
        "takeaways": "Punti chiave",
        "strategy_library": "Raccolta di strategie",
        "library_intro": (
            "Tutte le strategie degli articoli di questo sito, con un link al punto in cui "
            "sono spiegate."
        ),
        "library_by_article": "Per articolo",
        "library_by_category": "Per categoria",
        "library_appears_in": "Compare in {count} articoli:",
        "library_appears_in_count": "Compare in {count} articoli",
        "library_empty": "Nessun articolo contiene ancora strategie.",
        "series": "Serie",
        "series_part_of": "Parte {number} di {total}",
        "series_part_title": "Parte {number} — {title}",
        "series_coming_soon": "Prossimamente",
        "series_next": "Il seguito di {series}: {part}",
        "series_stay_tuned": "Resta sintonizzato: {part} arriverà presto.",
        "series_stay_tuned_date": "Resta sintonizzato: {part} arriverà il {date}.",
        "series_follow": "Segui questa serie",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Ogni parte della serie {series}, appena viene pubblicata.",
        "series_complete": "Questa era l'ultima parte di {series}: la serie è completa.",
        "series_all_parts": "Tutte le parti della serie",
        "series_more": "Altre serie",
        "series_status_ongoing": "In corso: {published} parti pubblicate su {total}",
        "series_status_complete": "Completa: tutte le {total} parti pubblicate",
        "series_readtime": "{minutes} min di lettura in tutto",
        "series_index_ongoing": "Serie in corso",
        "series_index_complete": "Serie complete",
        "series_up_next": "Prossima: {part}",
        "series_read": "Letto",
        "series_continue": "Continua con la parte {number}",
        "stay_tuned": "Resta sintonizzato",
    },
    "pt": {
        "sign_off": "Despedida",
        "follow": "Siga este blog",
        "feed_rss": "Feed RSS",
        "feed_json": "Feed JSON",
        "subscribe_email": "Endereço de e-mail",
        "subscribe_intro": "Receba os novos artigos por e-mail.",
        "subscribe_button": "Assinar",
        "callout_strategy": "Estratégia",
        "callout_benefit": "Benefício",
        "callout_exercise": "Exercício para experimentar",
        "callout_reflection": "Pergunta para refletir",
        "callout_professional_help": "Quando procurar ajuda profissional",
        "takeaways": "Pontos-chave",
        "strategy_library": "Biblioteca de estratégias",
        "library_intro": (
            "Todas as estratégias dos artigos deste site, com um link para onde são explicadas."
        ),
        "library_by_article": "Por artigo",
        "library_by_category": "Por categoria",
        "library_appears_in": "Aparece em {count} artigos:",
        "library_appears_in_count": "Aparece em {count} artigos",
        "library_empty": "Ainda nenhum artigo tem estratégias.",
        "series": "Séries",
        "series_part_of": "Parte {number} de {total}",
        "series_part_title": "Parte {number} — {title}",
        "series_coming_soon": "Em breve",
        "series_next": "A seguir em {series}: {part}",
        "series_stay_tuned": "Fique atento: {part} será publicada em breve.",
        "series_stay_tuned_date": "Fique atento: {part} será publicada em {date}.",
        "series_follow": "Siga esta série",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": (
            "Todas as partes da série {series}, à medida que são publicadas."
        ),
        "series_complete": "Esta foi a última parte de {series}: a série está completa.",
        "series_all_parts": "Todas as partes da série",
        "series_more": "Mais séries",
        "series_status_ongoing": "Em curso: {published} de {total} partes publicadas",
        "series_status_complete": "Completa: todas as {total} partes publicadas",
        "series_readtime": "{minutes} min de leitura no total",
        "series_index_ongoing": "Séries em curso",
        "series_index_complete": "Séries completas",
        "series_up_next": "A seguir: {part}",
        "series_read": "Lido",
        "series_continue": "Continuar com a parte {number}",
        "stay_tuned": "Fique atento",
    },
    "nl": {
        "sign_off": "Tot slot",
        "follow": "Volg deze blog",
        "feed_rss": "RSS-feed",
        "feed_json": "JSON-feed",
        "subscribe_email": "E-mailadres",
        "subscribe_intro": "Ontvang nieuwe artikelen per e-mail.",
        "subscribe_button": "Abonneren",
        "callout_strategy": "Strategie",
        "callout_benefit": "Voordeel",
        "callout_exercise": "Oefening om te proberen",
        "callout_reflection": "Vraag om over na te denken",
        "callout_professional_help": "Wanneer je professionele hulp zoekt",
        "takeaways": "Belangrijkste punten",
        "strategy_library": "Strategiebibliotheek",
        "library_intro": (
            "Alle strategieën uit de artikelen op deze site, met een link naar waar ze worden "
            "uitgelegd."
        ),
        "library_by_article": "Per artikel",
        "library_by_category": "Per categorie",
        "library_appears_in": "Komt voor in {count} artikelen:",
        "library_appears_in_count": "Komt voor in {count} artikelen",
        "library_empty": "Nog geen enkel artikel bevat strategieën.",
        "series": "Series",
        "series_part_of": "Deel {number} van {total}",
        "series_part_title": "Deel {number} — {title}",
        "series_coming_soon": "Binnenkort",
        "series_next": "Volgende in {series}: {part}",
        "series_stay_tuned": "Blijf op de hoogte: {part} verschijnt binnenkort.",
        "series_stay_tuned_date": "Blijf op de hoogte: {part} verschijnt op {date}.",
        "series_follow": "Volg deze serie",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Elk deel van de serie {series}, zodra het verschijnt.",
        "series_complete": "Dit was het laatste deel van {series}: de serie is compleet.",
        "series_all_parts": "Alle delen van de serie",
        "series_more": "Meer series",
        "series_status_ongoing": "Lopend: {published} van {total} delen gepubliceerd",
        "series_status_complete": "Compleet: alle {total} delen gepubliceerd",
        "series_readtime": "{minutes} min leestijd in totaal",
        "series_index_ongoing": "Lopende series",
        "series_index_complete": "Complete series",
        "series_up_next": "Hierna: {part}",
        "series_read": "Gelezen",
        "series_continue": "Verder met deel {number}",
        "stay_tuned": "Blijf op de hoogte",
    },
    "pl": {
        "sign_off": "Na koniec",
        "follow": "Obserwuj tego bloga",
        "feed_rss": "Kanał RSS",
        "feed_json": "Kanał JSON",
        "subscribe_email": "Adres e-mail",
        "subscribe_intro": "Otrzymuj nowe artykuły e-mailem.",
        "subscribe_button": "Subskrybuj",
        "callout_strategy": "Strategia",
        "callout_benefit": "Korzyść",
        "callout_exercise": "Ćwiczenie do wypróbowania",
        "callout_reflection": "Pytanie do przemyślenia",
        "callout_professional_help": "Kiedy szukać pomocy specjalisty",
        "takeaways": "Najważniejsze wnioski",
        "strategy_library": "Biblioteka strategii",
        "library_intro": (
            "Wszystkie strategie z artykułów w tym serwisie, z linkiem do miejsca, w którym "
            "zostały omówione."
        ),
        "library_by_article": "Według artykułu",
        "library_by_category": "Według kategorii",
        "library_appears_in": "Występuje w {count} artykułach:",
        "library_appears_in_count": "Występuje w {count} artykułach",
        "library_empty": "Żaden artykuł nie zawiera jeszcze strategii.",
        "series": "Serie",
        "series_part_of": "Część {number} z {total}",
        "series_part_title": "Część {number} — {title}",
        "series_coming_soon": "Wkrótce",
        "series_next": "Dalej w serii {series}: {part}",
        "series_stay_tuned": "Bądź na bieżąco: {part} ukaże się wkrótce.",
        "series_stay_tuned_date": "Bądź na bieżąco: {part} ukaże się {date}.",
        "series_follow": "Obserwuj tę serię",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Każda część serii {series}, zaraz po publikacji.",
        "series_complete": "To była ostatnia część serii {series}: seria jest zakończona.",
        "series_all_parts": "Wszystkie części serii",
        "series_more": "Więcej serii",
        "series_status_ongoing": "W trakcie: opublikowano {published} z {total} części",
        "series_status_complete": "Zakończona: opublikowano wszystkie części ({total})",
        "series_readtime": "Łącznie {minutes} min czytania",
        "series_index_ongoing": "Serie w trakcie",
        "series_index_complete": "Serie zakończone",
        "series_up_next": "Następna: {part}",
        "series_read": "Przeczytane",
        "series_continue": "Czytaj dalej od części {number}",
        "stay_tuned": "Bądź na bieżąco",
    },
    "ru": {
        "sign_off": "Напоследок",
        "follow": "Следите за блогом",
        "feed_rss": "RSS-лента",
        "feed_json": "JSON-лента",
        "subscribe_email": "Адрес электронной почты",
        "subscribe_intro": "Получайте новые статьи по электронной почте.",
        "subscribe_button": "Подписаться",
        "callout_strategy": "Стратегия",
        "callout_benefit": "Польза",
        "callout_exercise": "Попробуйте упражнение",
        "callout_reflection": "Вопрос для размышления",
        "callout_professional_help": "Когда стоит обратиться к специалисту",
        "takeaways": "Главное",
        "strategy_library": "Библиотека стратегий",
        "library_intro": "Все стратегии из статей этого сайта со ссылками на их описание.",
        "library_by_article": "По статьям",
        "library_by_category": "По категориям",
        "library_appears_in": "Встречается в статьях ({count}):",
        "library_appears_in_count": "Встречается в статьях: {count}",
        "library_empty": "Пока ни в одной статье нет стратегий.",
        "series": "Серии",
        "series_part_of": "Часть {number} из {total}",
        "series_part_title": "Часть {number} — {title}",
        "series_coming_soon": "Скоро",
        "series_next": "Далее в серии «{series}»: {part}",
        "series_stay_tuned": "Следите за обновлениями: {part} скоро выйдет.",
        "series_stay_tuned_date": "Следите за обновлениями: {part} выйдет {date}.",
        "series_follow": "Следите за серией",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "Все части серии «{series}» по мере выхода.",
        "series_complete": "Это была последняя часть серии «{series}»: серия завершена.",
        "series_all_parts": "Все части серии",
        "series_more": "Другие серии",
        "series_status_ongoing": "Выходит: опубликовано частей — {published} из {total}",
        "series_status_complete": "Завершена: опубликованы все части ({total})",
        "series_readtime": "Всего {minutes} мин чтения",
        "series_index_ongoing": "Текущие серии",
        "series_index_complete": "Завершённые серии",
        "series_up_next": "Далее: {part}",
        "series_read": "Прочитано",
        "series_continue": "Продолжить с части {number}",
        "stay_tuned": "Следите за обновлениями",
    },
    "ja": {
        "sign_off": "結びのことば",
        "follow": "このブログをフォロー",
        "feed_rss": "RSSフィード",
        "feed_json": "JSONフィード",
        "subscribe_email": "メールアドレス",
        "subscribe_intro": "新しい記事をメールで受け取れます。",
        "subscribe_button": "登録する",
        "callout_strategy": "コツ",
        "callout_benefit": "メリット",
        "callout_exercise": "やってみよう",
        "callout_reflection": "考えてみよう",
        "callout_professional_help": "専門家に相談したほうがよいとき",
        "takeaways": "この記事のポイント",
        "strategy_library": "コツ集",
        "library_intro": "このサイトの記事で紹介したすべてのコツと、その解説へのリンクです。",
        "library_by_article": "記事別",
        "library_by_category": "カテゴリー別",
        "library_appears_in": "{count}件の記事で紹介：",
        "library_appears_in_count": "{count}件の記事で紹介",
        "library_empty": "コツを紹介している記事はまだありません。",
        "series": "シリーズ",
        "series_part_of": "第{number}回（全{total}回）",
        "series_part_title": "第{number}回「{title}」",
        "series_coming_soon": "近日公開",
        "series_next": "{series}の次回：{part}",
        "series_stay_tuned": "お楽しみに：{part}は近日公開です。",
        "series_stay_tuned_date": "お楽しみに：{part}は{date}に公開予定です。",
        "series_follow": "このシリーズをフォロー",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "シリーズ「{series}」の各回を、公開され次第お届けします。",
        "series_complete": "これが「{series}」の最終回です。シリーズは完結しました。",
        "series_all_parts": "シリーズの全回",
        "series_more": "ほかのシリーズ",
        "series_status_ongoing": "連載中：全{total}回中{published}回公開",
        "series_status_complete": "完結：全{total}回公開済み",
        "series_readtime": "合計{minutes}分で読めます",
        "series_index_ongoing": "連載中のシリーズ",
        "series_index_complete": "完結したシリーズ",
        "series_up_next": "次回：{part}",
        "series_read": "既読",
        "series_continue": "第{number}回から続きを読む",
        "stay_tuned": "お楽しみに",
    },
    "zh": {
        "sign_off": "结束语",
        "follow": "关注本博客",
        "feed_rss": "RSS 订阅源",
        "feed_json": "JSON 订阅源",
        "subscribe_email": "电子邮箱地址",
        "subscribe_intro": "通过电子邮件接收新文章。",
        "subscribe_button": "订阅",
        "callout_strategy": "策略",
        "callout_benefit": "益处",
        "callout_exercise": "试试这个练习",
        "callout_reflection": "思考题",
        "callout_professional_help": "何时寻求专业帮助",
        "takeaways": "要点",
        "strategy_library": "策略库",
        "library_intro": "本站文章中的所有策略，并附有指向其详细说明的链接。",
        "library_by_article": "按文章",
        "library_by_category": "按分类",
        "library_appears_in": "出现在 {count} 篇文章中：",
        "library_appears_in_count": "出现在 {count} 篇文章中",
        "library_empty": "还没有文章包含策略。",
        "series": "系列",
        "series_part_of": "第 {number} 篇，共 {total} 篇",
        "series_part_title": "第 {number} 篇《{title}》",
        "series_coming_soon": "即将推出",
        "series_next": "{series} 的下一篇：{part}",
        "series_stay_tuned": "敬请期待：{part}即将推出。",
        "series_stay_tuned_date": "敬请期待：{part}将于{date}发布。",
        "series_follow": "关注本系列",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "系列“{series}”的每一篇，一经发布即可收到。",
        "series_complete": "这是“{series}”的最后一篇：本系列已完结。",
        "series_all_parts": "本系列全部文章",
        "series_more": "更多系列",
        "series_status_ongoing": "连载中：已发布 {published} 篇，共 {total} 篇",
        "series_status_complete": "已完结：全部 {total} 篇均已发布",
        "series_readtime": "共需阅读 {minutes} 分钟",
        "series_index_ongoing": "连载中的系列",
        "series_index_complete": "已完结的系列",
        "series_up_next": "下一篇：{part}",
        "series_read": "已读",
        "series_continue": "从第 {number} 篇继续阅读",
        "stay_tuned": "敬请期待",
    },
    # Traditional characters, with Taiwan's usage: `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`.
    "zh-Hant": {
        "sign_off": "結語",
        "follow": "追蹤這個部落格",
        "feed_rss": "RSS 訂閱",
        "feed_json": "JSON 訂閱",
        "subscribe_email": "電子郵件地址",
        "subscribe_intro": "透過電子郵件收到新文章。",
        "subscribe_button": "訂閱",
        "callout_strategy": "策略",
        "callout_benefit": "好處",
        "callout_exercise": "試試這個練習",
        "callout_reflection": "思考題",
        "callout_professional_help": "何時該尋求專業協助",
        "takeaways": "重點整理",
        "strategy_library": "策略庫",
        "library_intro": "本站文章中的所有策略，並附上前往詳細說明的連結。",
        "library_by_article": "依文章",
        "library_by_category": "依分類",
        "library_appears_in": "出現在 {count} 篇文章中：",
        "library_appears_in_count": "出現在 {count} 篇文章中",
        "library_empty": "還沒有文章包含策略。",
        "series": "系列",
        "series_part_of": "第 {number} 篇，共 {total} 篇",
        "series_part_title": "第 {number} 篇〈{title}〉",
        "series_coming_soon": "即將推出",
        "series_next": "{series} 的下一篇：{part}",
        "series_stay_tuned": "敬請期待：{part}即將推出。",
        "series_stay_tuned_date": "敬請期待：{part}將於{date}發佈。",
        "series_follow": "追蹤這個系列",
        "series_feed_rss": "{series} (RSS)",
        "series_feed_json": "{series} (JSON Feed)",
        "series_feed_description": "「{series}」系列的每一篇，一發佈就送到。",
        "series_complete": "這是「{series}」的最後一篇：本系列已完結。",
        "series_all_parts": "本系列所有文章",
        "series_more": "更多系列",
        "series_status_ongoing": "連載中：已發佈 {published} 篇，共 {total} 篇",
        "series_status_complete": "已完結：全部 {total} 篇皆已發佈",
        "series_readtime": "共需閱讀 {minutes} 分鐘",
        "series_index_ongoing": "連載中的系列",
        "series_index_complete": "已完結的系列",
        "series_up_next": "下一篇：{part}",
        "series_read": "已讀",
        "series_continue": "從第 {number} 篇繼續閱讀",
        "stay_tuned": "敬請期待",
    },
}


@dataclass(frozen=True)
class LanguageTag:
    """The parts of a language tag such as ``theme.language`` (``pt-BR``, ``zh-Hant``,
    ``zh_TW``), normalised: ``language`` lowercase (``""`` when there is none),
    ``script`` titlecase, ``region`` uppercase. Other subtags are dropped."""

    language: str
    script: str | None = None
    region: str | None = None


def language_tag(language: str | None) -> LanguageTag:
    """``"pt-BR"`` -> ``pt`` + region ``BR``; ``"zh_hant_tw"`` -> ``zh`` + ``Hant`` + ``TW``.
    A script is four letters, a region two letters or three digits (``es-419``)."""
    subtags = (language or "").replace("_", "-").split("-")
    first = subtags[0].lower()
    if not (2 <= len(first) <= 3 and first.isascii() and first.isalpha()):
        return LanguageTag("")
    script = region = None
    for subtag in subtags[1:]:
        if not subtag.isascii():
            continue
        if script is None and region is None and len(subtag) == 4 and subtag.isalpha():
            script = subtag.title()
        elif region is None and (
            (len(subtag) == 2 and subtag.isalpha()) or (len(subtag) == 3 and subtag.isdigit())
        ):
            region = subtag.upper()
    return LanguageTag(first, script, region)


IMPLIED_SCRIPTS = {("zh", "TW"): "Hant", ("zh", "HK"): "Hant", ("zh", "MO"): "Hant"}
"""The script a region writes a language in, where labels differ by script: Chinese in
Taiwan, Hong Kong and Macao is written in traditional characters."""


def base_language(language: str | None) -> str:
    """``"pt-BR"`` -> ``"pt"``; ``None`` (or no valid language) -> the default."""
    return language_tag(language).language or DEFAULT_LANGUAGE


def label_languages(language: str | None) -> list[str]:
    """The shipped label sets for ``language``, most general first: ``zh-TW`` ->
    ``["zh", "zh-Hant"]``, ``pt-BR`` -> ``["pt"]``; a later set overrides an earlier
    one, and English fills in whatever none of them has."""
    tag = language_tag(language)
    if not tag.language:
        return []
    script = tag.script or IMPLIED_SCRIPTS.get((tag.language, tag.region or ""))
    candidates = [tag.language]
    if script:
        candidates.append(f"{tag.language}-{script}")
    if tag.region:
        candidates.append(f"{tag.language}-{tag.region}")
    return [candidate for candidate in candidates if candidate in LABELS]


def labels_for(language: str | None, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """All labels for ``language`` (``theme.language``), falling back from a region or
    script to the bare language and then to English, and the site's overrides on top."""
    resolved = dict(LABELS[DEFAULT_LANGUAGE])
    for shipped in label_languages(language):
        resolved.update(LABELS[shipped])
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

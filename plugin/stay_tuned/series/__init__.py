"""Multi-part series with "stay tuned" announcements.

- ``registry``: reads the series file and the posts' ``series``/``part`` front matter;
- ``model``: pure data and decisions (ordering, totals, promises kept or broken);
- ``progress``: where each ongoing series stands on the build's day (end-of-build
  lines, ``series.json``);
- ``view``: what the templates receive;
- ``jsonld``: structured data for search engines;
- ``markdown``: Python-Markdown processors placing the box and the excerpt label;
- ``feature``: the glue to MkDocs' and Material's structures, called by ``plugin.py``.
"""

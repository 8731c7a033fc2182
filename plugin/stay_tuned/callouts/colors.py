"""CSS colours a site may give a callout type (``callout_types.<name>.color``).

The value is written into a generated stylesheet, so it is checked here rather than
passed on: a typo such as ``notacolour`` would otherwise become an invalid declaration
that browsers drop in silence, and anything else would be CSS injected into the page.

Accepted, as people write colours:

- hex: ``#rgb``, ``#rgba``, ``#rrggbb``, ``#rrggbbaa``;
- the colour functions ``rgb()``, ``rgba()``, ``hsl()``, ``hsla()``, ``hwb()``,
  ``lab()``, ``lch()``, ``oklab()``, ``oklch()`` with three or four numbers (optionally
  with ``%`` or an angle unit, or ``none``), separated by commas, spaces or a ``/``
  before the alpha value: ``rgb(194, 24, 91)``, ``hsl(330 78% 43% / 0.8)``;
- the 148 named colours of CSS Color Level 4 (``teal``, ``rebeccapurple``), any case.

Not accepted: ``var()``, ``color-mix()``, ``currentColor``, ``transparent`` and system
colours, which do not give a callout a colour of its own.
"""

from __future__ import annotations

import re

_NAMES = """
    aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
    blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue
    cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey
    darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon
    darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet
    deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen
    fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
    hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon
    lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey
    lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey
    lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine
    mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
    mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose
    moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
    palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink
    plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon
    sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow
    springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke
    yellow yellowgreen
    """
NAMED_COLORS = frozenset(_NAMES.split())
"""CSS Color Module Level 4, named colours (https://www.w3.org/TR/css-color-4/#named-colors)."""

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_NUMBER = r"(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:%|deg|grad|rad|turn)?|none)"
_SEPARATOR = r"(?:\s*,\s*|\s*/\s*|\s+)"
_FUNCTION = re.compile(
    rf"(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*{_NUMBER}(?:{_SEPARATOR}{_NUMBER}){{2,3}}\s*\)",
    re.IGNORECASE,
)

EXAMPLES = '"#c2185b", "#c2185bcc", rgb(194, 24, 91), hsl(340 78% 43%) or a colour name (teal)'
"""The forms of ``is_css_color``, for error messages."""


def is_css_color(value: str) -> bool:
    """Whether ``value`` is a colour of one of the forms above (nothing else, not even
    surrounding spaces: it is written into a stylesheet as it is)."""
    return bool(
        _HEX.fullmatch(value) or _FUNCTION.fullmatch(value) or value.lower() in NAMED_COLORS
    )

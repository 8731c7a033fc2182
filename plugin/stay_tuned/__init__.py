"""mkdocs-stay-tuned: series, "stay tuned" announcements, strategy callouts and feeds
for blogs built with Material for MkDocs.

The public surface is deliberately small: the plugin class (registered as the MkDocs
entry point ``stay-tuned``), its configuration, and the package's one error type.
"""

from stay_tuned.config import StayTunedConfig
from stay_tuned.errors import StayTunedError

__all__ = ["StayTunedConfig", "StayTunedError"]

"""Build benchmark of the stay-tuned plugin: ``python -m bench --help``."""

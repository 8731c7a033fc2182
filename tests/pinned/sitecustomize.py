"""Run by Python at start-up in the test suite's subprocesses (``realsite.ENV`` puts
this folder on ``PYTHONPATH``): Material's blog plugin schedules posts on the day of
``SOURCE_DATE_EPOCH``, as in the test process (see ``tests/material_clock.py``)."""

from tests.material_clock import pin_on_import

pin_on_import()

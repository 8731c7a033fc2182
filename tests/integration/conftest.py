from tests.integration.realsite import built

__all__ = ["built"]

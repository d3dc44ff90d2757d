"""Great Expectations suites as code, one per warehouse table, and validate() to run one.

Great Expectations takes about three seconds to import, so nothing here imports it at module
level: `validate` does, when a check first runs.
"""

from expectations.validate import ExpectationOutcome, ValidationReport, validate

__all__ = ["ExpectationOutcome", "ValidationReport", "validate"]

"""German named-entity recognition trained by the project from GermEval 2014 (CRF, pure Python)."""

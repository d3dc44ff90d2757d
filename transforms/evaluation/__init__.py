"""Evaluation commands: extractor output measured against hand-checked gold."""

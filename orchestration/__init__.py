"""Dagster side of Pressespiegel: definitions, assets, partitions, jobs, schedules, sensors, resources."""

import warnings

import dagster as dg

# Single-run backfill policies and pools are marked beta in Dagster 1.13; both are what this
# project needs, so the warning on every import says nothing new.
warnings.filterwarnings("ignore", category=dg.BetaWarning)
warnings.filterwarnings("ignore", category=dg.PreviewWarning)

"""Dagster side of Pressespiegel: definitions, assets, partitions, jobs, schedules, sensors, resources."""

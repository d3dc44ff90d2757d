"""DuckDB side of Pressespiegel: DDL, views, publishing rows, connections."""

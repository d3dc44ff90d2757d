-- Views users query by name. Recreated on every write connection, so edits here take effect on
-- the next run.

-- Everything that did not become an article, with the reason: undecodable or empty files,
-- byte-identical copies, and texts that held no article after cleaning.
CREATE OR REPLACE VIEW quarantine AS
SELECT source_path, document_id, 'ingestion' AS stage, problem
FROM raw_documents WHERE status = 'quarantined'
UNION ALL
SELECT source_path, document_id, 'ingestion' AS stage,
       'byte-identical copy of document ' || duplicate_of || '; it yields no second article' AS problem
FROM raw_documents WHERE duplicate_of IS NOT NULL
UNION ALL
SELECT source_path, document_id, stage, problem FROM article_rejects;

-- Pairs of entities named in the same article: who appears with whom, and how often.
CREATE OR REPLACE VIEW entity_cooccurrence AS
WITH per_article AS (
    SELECT DISTINCT article_id, entity_id FROM entity_mentions
)
SELECT a.entity_id AS entity_id_1, ea.name AS name_1, ea.entity_type AS type_1,
       b.entity_id AS entity_id_2, eb.name AS name_2, eb.entity_type AS type_2,
       count(*) AS n_articles
FROM per_article a
JOIN per_article b ON a.article_id = b.article_id AND a.entity_id < b.entity_id
JOIN entities ea ON ea.entity_id = a.entity_id
JOIN entities eb ON eb.entity_id = b.entity_id
GROUP BY ALL;

-- One row per quote as printed across outlets: the speaker most outlets name, the outlets, and
-- the first article that printed it (the group id is that printing's quote id).
CREATE OR REPLACE VIEW quote_groups AS
SELECT q.quote_group_id,
       first_quote.text AS text,
       mode(q.speaker) AS speaker,
       mode(q.speaker_entity_id) AS speaker_entity_id,
       count(*) AS n_quotes,
       count(DISTINCT q.article_id) AS n_articles,
       list_sort(list_distinct(list(a.outlet))) AS outlets,
       first_quote.article_id AS first_article_id,
       first_article.outlet AS first_outlet,
       first_article.published_at AS first_published_at,
       first_article.title AS first_title
FROM quotes q
JOIN articles a USING (article_id)
JOIN quotes first_quote ON first_quote.quote_id = q.quote_group_id
JOIN articles first_article ON first_article.article_id = first_quote.article_id
GROUP BY ALL;

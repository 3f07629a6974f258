-- The valuation of bench/run.sh's plain rows as one DuckDB query (issue 20's optional peer): typed read of
-- both CSVs, activities joined, age bands, the period, one claim per participant and outcome (the first),
-- the bank's conflict (school-resilience and youth-programme: the lower value kept), unit values of the
-- bundled bank at the report's price year, the calculation lines and the headcounts by age band and by
-- activity. It does less than `impact calculate`: no evidence rules, no diagnostics, no checks.
-- PARTICIPANTS and ACTIVITIES are replaced by the files' paths.
WITH unit(outcome, value) AS (VALUES
    ('employment', 6622.37), ('regular-volunteering', 1008.86), ('sport-participation', 1248.06),
    ('arts-engagement', 1200.44), ('loneliness-reduced', 10077.52), ('youth-programme', 5758.58),
    ('school-resilience', 2620.16)),
  p AS (SELECT row_number() OVER () AS seq, * FROM read_csv('PARTICIPANTS', header = true,
    columns = {'participant_id': 'VARCHAR', 'activity_id': 'VARCHAR', 'outcome': 'VARCHAR', 'age': 'INTEGER',
               'date': 'DATE'})),
  a AS (SELECT activity_id, region FROM read_csv('ACTIVITIES', header = true, all_varchar = true)),
  rows AS (SELECT p.seq, p.participant_id, p.activity_id, p.outcome, a.region,
      CASE WHEN p.age < 25 THEN 'under-25' WHEN p.age < 50 THEN '25-49' ELSE '50-plus' END AS band
    FROM p JOIN a USING (activity_id)
    WHERE p.date IS NULL OR p.date BETWEEN DATE '2021-04-01' AND DATE '2022-03-31'),
  claims AS (SELECT participant_id, outcome, arg_min(activity_id, seq) AS activity_id, arg_min(region, seq) AS region,
      arg_min(band, seq) AS band
    FROM rows WHERE outcome IS NOT NULL GROUP BY participant_id, outcome),
  kept AS (SELECT * FROM claims c WHERE c.outcome <> 'youth-programme' OR NOT EXISTS (
      SELECT 1 FROM claims d WHERE d.participant_id = c.participant_id AND d.outcome = 'school-resilience'))
SELECT 'line' AS kind, activity_id, outcome, region, band, count(*) AS n, sum(unit.value) AS value
  FROM kept JOIN unit USING (outcome) GROUP BY activity_id, outcome, region, band
UNION ALL
SELECT 'band', NULL, NULL, NULL, band, count(DISTINCT participant_id), NULL FROM rows GROUP BY band
UNION ALL
SELECT 'activity', activity_id, NULL, NULL, NULL, count(DISTINCT participant_id), NULL FROM rows GROUP BY activity_id
UNION ALL
SELECT 'total', NULL, NULL, NULL, NULL, count(DISTINCT participant_id), NULL FROM rows;

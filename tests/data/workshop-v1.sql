-- A workshop written by Cutline 0.1 (schema version 1), made by hand for the migration test.
PRAGMA page_size = 4096;
CREATE TABLE workshop (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL, objective TEXT NOT NULL, horizon TEXT NOT NULL, date TEXT NOT NULL, facilitator TEXT NOT NULL, decider TEXT NOT NULL, capacity REAL NOT NULL, capacity_unit TEXT NOT NULL, notes TEXT NOT NULL) STRICT;
CREATE TABLE participant (position INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
CREATE TABLE goal (position INTEGER PRIMARY KEY, name TEXT NOT NULL, metric TEXT NOT NULL, target TEXT NOT NULL) STRICT;
CREATE TABLE candidate (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, key TEXT NOT NULL UNIQUE, title TEXT NOT NULL, description TEXT NOT NULL, kind TEXT NOT NULL, problem TEXT NOT NULL, beneficiary TEXT NOT NULL, metric TEXT NOT NULL, outcome TEXT NOT NULL, if_not_done TEXT NOT NULL, effort REAL NOT NULL, effort_low REAL, effort_high REAL, impact REAL NOT NULL, confidence REAL NOT NULL, reach REAL NOT NULL, risk INTEGER NOT NULL, time_criticality REAL NOT NULL, mandatory INTEGER NOT NULL, decision TEXT NOT NULL, rationale TEXT NOT NULL, owner TEXT NOT NULL, success_metric TEXT NOT NULL, review_date TEXT NOT NULL) STRICT;
CREATE TABLE candidate_tag (candidate_id INTEGER NOT NULL REFERENCES candidate(id), position INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (candidate_id, position)) STRICT;
CREATE TABLE dependency (from_id INTEGER NOT NULL REFERENCES candidate(id), to_id INTEGER NOT NULL REFERENCES candidate(id), type TEXT NOT NULL, PRIMARY KEY (from_id, to_id, type)) STRICT;
INSERT INTO workshop VALUES (1, 'Old Q3 planning', 'Ship the ledger', '2026 Q3', '2026-06-01', 'Ana', 'Ben', 20.0, 'person-weeks', 'from version 1');
INSERT INTO participant VALUES (0, 'Ana'), (1, 'Ben');
INSERT INTO goal VALUES (0, 'Retention', 'churn', '< 2 %');
INSERT INTO candidate VALUES (1, 0, 'C-1', 'Ledger export', '', 'product', 'Accountants retype invoices', 'Accountants', 'hours saved', 'Export in one click', 'They keep retyping', 5.0, NULL, NULL, 7.0, 80.0, 2.0, 2, 3.0, 0, 'commit', 'Top ask', 'Ana', 'exports/week', '2026-10-01');
INSERT INTO candidate VALUES (2, 1, 'C-2', 'Audit trail', '', 'compliance', 'GoBD', 'Auditors', '', 'Pass the audit', 'Fines', 8.0, 6.0, 12.0, 5.0, 100.0, 1.0, 3, 8.0, 1, 'undecided', '', '', '', '');
INSERT INTO candidate_tag VALUES (1, 0, 'ledger');
INSERT INTO dependency VALUES (1, 2, 'requires');
PRAGMA application_id = 1131770956;
PRAGMA user_version = 1;

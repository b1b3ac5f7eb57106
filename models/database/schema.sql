-- Job Market Explorer posting database, format version 1.
-- Every table and column is described in schema.md beside this file.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE skill_categories (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE skills (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    category_id INTEGER REFERENCES skill_categories(id)
);

CREATE TABLE skill_aliases (
    alias    TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE
);

CREATE TABLE postings (
    id                 INTEGER PRIMARY KEY,
    source_id          TEXT,
    company            TEXT,
    label              TEXT,
    title              TEXT NOT NULL,
    role_family        TEXT,
    seniority          TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (seniority IN ('entry', 'mid', 'senior', 'staff', 'principal', 'unknown')),
    seniority_text     TEXT,
    experience_min     REAL CHECK (experience_min IS NULL OR experience_min >= 0),
    experience_max     REAL CHECK (experience_max IS NULL OR experience_max >= 0),
    experience_text    TEXT,
    work_mode          TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (work_mode IN ('remote', 'hybrid', 'onsite', 'unknown')),
    work_mode_text     TEXT,
    employment_type    TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (employment_type IN ('full-time', 'part-time', 'contract', 'temporary',
                                                  'internship', 'volunteer', 'other', 'unknown')),
    salary_min         REAL,
    salary_max         REAL,
    salary_currency    TEXT,
    salary_period      TEXT CHECK (salary_period IS NULL OR
                                   salary_period IN ('hour', 'day', 'week', 'biweek', 'month', 'year')),
    salary_annual_min  REAL,
    salary_annual_max  REAL,
    salary_text        TEXT,
    industry           TEXT,
    company_size       TEXT,
    posted_date        TEXT,
    source_url         TEXT,
    notes              TEXT
);

CREATE TABLE posting_locations (
    posting_id INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    city       TEXT,
    region     TEXT,
    country    TEXT,
    metro_area TEXT,
    text       TEXT,
    PRIMARY KEY (posting_id, position)
);

CREATE TABLE posting_skills (
    posting_id  INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skills(id),
    position    INTEGER NOT NULL,
    requirement TEXT NOT NULL DEFAULT 'unspecified'
                CHECK (requirement IN ('required', 'preferred', 'unspecified')),
    mention     TEXT,
    PRIMARY KEY (posting_id, skill_id)
);

CREATE INDEX posting_skills_by_skill ON posting_skills(skill_id);

-- Each posting's skill ids in one value, for fast loading; posting_skills stays the truth.
-- A change to posting_skills drops the affected postings' lists (the triggers below), and
-- readers fall back to posting_skills for a posting without a list.
CREATE TABLE posting_skill_lists (
    posting_id INTEGER PRIMARY KEY REFERENCES postings(id) ON DELETE CASCADE,
    skill_ids  BLOB NOT NULL
);

CREATE TRIGGER posting_skills_inserted AFTER INSERT ON posting_skills
BEGIN
    DELETE FROM posting_skill_lists WHERE posting_id = NEW.posting_id;
END;

CREATE TRIGGER posting_skills_deleted AFTER DELETE ON posting_skills
BEGIN
    DELETE FROM posting_skill_lists WHERE posting_id = OLD.posting_id;
END;

CREATE TRIGGER posting_skills_updated AFTER UPDATE ON posting_skills
BEGIN
    DELETE FROM posting_skill_lists WHERE posting_id IN (OLD.posting_id, NEW.posting_id);
END;

CREATE TABLE ref_salary_bands (
    id         INTEGER PRIMARY KEY,
    section    TEXT,
    level      TEXT,
    level_text TEXT,
    pay_type   TEXT NOT NULL DEFAULT 'base' CHECK (pay_type IN ('base', 'total')),
    qualifier  TEXT,
    min        REAL,
    max        REAL,
    open_ended INTEGER NOT NULL DEFAULT 0,
    currency   TEXT,
    period     TEXT,
    text       TEXT NOT NULL
);

CREATE TABLE ref_skill_frequencies (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    category   TEXT,
    label      TEXT NOT NULL,
    skill_id   INTEGER REFERENCES skills(id),
    count      INTEGER,
    total      INTEGER,
    percent    REAL,
    detail     TEXT,
    note       TEXT
);

CREATE TABLE ref_figures (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    label      TEXT NOT NULL,
    value_text TEXT,
    count      INTEGER,
    total      INTEGER,
    percent    REAL,
    detail     TEXT,
    note       TEXT
);

-- The fleet's progress database: roles and rights (deploy/postgres.md).
-- Run once as a superuser, connected to the database valkky (createdb -O valkky_owner valkky),
-- AFTER valkky_owner has made the schema once (any valkky command with --db as that user):
--   psql -v ON_ERROR_STOP=1 -d valkky -f deploy/postgres/roles.sql
-- Passwords are set apart (\password ROLE in psql), never in this file.
--
--   valkky_owner    owns the tables; runs the schema's migrations and `progress migrate`
--   valkky_runtime  the robots: reads, registers learners, writes sessions, answers, cards;
--                   never deletes, never changes a recorded answer
--   valkky_console  the trainers' tools: reads everything, overrides a learner's record
--                   (level, name, profession), erases a learner (learners delete)
--   nobody else     may connect

DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valkky_owner') THEN
    CREATE ROLE valkky_owner LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valkky_runtime') THEN
    CREATE ROLE valkky_runtime LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valkky_console') THEN
    CREATE ROLE valkky_console LOGIN; END IF;
END $$;

REVOKE ALL ON DATABASE valkky FROM PUBLIC;
GRANT CONNECT ON DATABASE valkky TO valkky_owner, valkky_runtime, valkky_console;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO valkky_runtime, valkky_console;

REVOKE ALL ON valkky_schema, learners, sessions, attempts, cards, overrides FROM PUBLIC;
GRANT SELECT ON valkky_schema, learners, sessions, attempts, cards, overrides
  TO valkky_runtime, valkky_console;

-- the runtime: new learners (valkky run registers an id), sessions and their resume point,
-- answers (insert only), cards and their reviews, a placement lesson's level
GRANT INSERT ON learners, sessions, attempts, cards TO valkky_runtime;
GRANT UPDATE (level) ON learners TO valkky_runtime;
GRANT UPDATE (ended_at, end_reason, position, score) ON sessions TO valkky_runtime;
GRANT UPDATE (card, due, glosses, reviews) ON cards TO valkky_runtime;

-- the console: learners add and overrides, a trainer's verdict corrections (beside the
-- judge's, which stay) with the review of the word's card, and erasure of a learner's
-- every row
GRANT INSERT, UPDATE (display_name, lang, level, profession, workplace) ON learners
  TO valkky_console;
GRANT INSERT ON overrides TO valkky_console;
GRANT INSERT, UPDATE (card, due, glosses, reviews) ON cards TO valkky_console;
GRANT DELETE ON learners, sessions, attempts, cards, overrides TO valkky_console;

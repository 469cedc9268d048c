"""The progress database's schema, as numbered steps applied in order (PRAGMA user_version).

Never edit a step that has shipped: add a new one. Each runs in one transaction.
"""

MIGRATIONS: list[str] = [
    # 1: learners, sessions, attempts, vocabulary cards
    """
    CREATE TABLE learners (
        id TEXT PRIMARY KEY,              -- pseudonymous: a badge, QR code or PIN; never biometric
        display_name TEXT,
        lang TEXT,                        -- support language for hints and glosses
        level TEXT,
        profession TEXT,
        created_at REAL NOT NULL
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        started_at REAL NOT NULL,
        ended_at REAL,
        end_reason TEXT,                  -- completed | stopped | restarted; NULL while running
        position INTEGER NOT NULL DEFAULT 0,  -- the step index a resumed session starts at
        score REAL
    );
    CREATE INDEX sessions_by_learner ON sessions(learner_id, lesson_id);
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        step TEXT NOT NULL,
        heard TEXT NOT NULL,              -- the text the recogniser heard; audio is not kept
        verdict TEXT NOT NULL,
        reason TEXT,
        score REAL NOT NULL,
        try INTEGER NOT NULL,
        final INTEGER NOT NULL,
        closest TEXT,
        at REAL NOT NULL
    );
    CREATE INDEX attempts_by_learner ON attempts(learner_id, at);
    CREATE INDEX attempts_by_lesson ON attempts(lesson_id, step);
    CREATE TABLE cards (
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        glosses TEXT NOT NULL,            -- JSON {lang: gloss}
        card TEXT NOT NULL,               -- JSON of the fsrs card
        due REAL NOT NULL,
        reviews INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (learner_id, word)
    );
    CREATE INDEX cards_due ON cards(learner_id, due);
    """,
]

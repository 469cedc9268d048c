"""The trainer's console (``valkky console``): a web app behind one password, for the
language trainer and the workplace instructor. ``app`` builds it from page modules;
``web`` is what a page module uses (and says how one plugs in); ``auth`` the password,
sessions, CSRF and the login slowdown; ``db`` the database's own thread."""

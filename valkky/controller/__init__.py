"""The controller's side of the robot link, run by the lesson runtime: ``link`` (commands
out, acks in, never in the way) and ``sink`` (the link as a session sink)."""

"""Fakes and a harness for tests, shipped in the package so a lesson test reads as
"answers in, speech and gestures out"."""

"""Getting sources in: article files, daily series folders, and the build that turns a sources
folder into a knowledge base (rebuild, open, atomic swap)."""

"""The main window's pages: one per sidebar entry."""

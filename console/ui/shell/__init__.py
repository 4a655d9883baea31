"""The application shell: main window parts, status bar, sync from the UI, Home page."""

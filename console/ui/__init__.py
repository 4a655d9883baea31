"""Qt only: windows, views, table models, dialogs. Reads through `cache`, acts through `sync`."""

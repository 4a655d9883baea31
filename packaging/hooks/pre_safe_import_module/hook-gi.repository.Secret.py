"""gi.repository.Secret exists only at run time (GObject introspection makes it from the
typelib): tell PyInstaller's import analysis so, as its own hooks do for gi.repository.Gtk,
so that packaging/hooks/hook-gi.repository.Secret.py runs."""


def pre_safe_import_module(api):
    api.add_runtime_module(api.module_name)

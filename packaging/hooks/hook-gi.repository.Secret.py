"""PyInstaller hook for libsecret's GObject bindings, which the encrypted token cache uses on a
Linux desktop (msal-extensions: `gi.require_version("Secret", "1")`). PyInstaller's own hooks
have none for it: without this the frozen app finds no Secret typelib and keeps the analyst's
tokens in memory only, so they sign in at every start. Collects the typelib and libsecret."""

from PyInstaller.utils.hooks.gi import GiModuleInfo


def hook(hook_api):
    module_info = GiModuleInfo("Secret", "1")
    if not module_info.available:
        return
    binaries, datas, hiddenimports = module_info.collect_typelib_data()
    hook_api.add_datas(datas)
    hook_api.add_binaries(binaries)
    hook_api.add_imports(*hiddenimports)

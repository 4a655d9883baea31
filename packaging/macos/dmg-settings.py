# dmgbuild settings for dist/HuntingConsole-<version>.dmg: the app and a link to /Applications,
# the usual "drag the app onto Applications" window. dmgbuild runs this file as Python with
# `defines` (the -D NAME=VALUE options) in scope; packaging/macos/build.sh calls
#
#     dmgbuild -s packaging/macos/dmg-settings.py -D app="dist/Hunting Console.app" \
#              "Hunting Console 0.1.0" dist/HuntingConsole-0.1.0.dmg
#
# A .dmg runs nothing on its own: the machine policy is laid down separately
# (packaging/macos/install-policy.sh, or an MDM profile/script).
import os.path

# dmgbuild puts `defines` in this file's globals; {} anywhere else (the tests compile it).
defines = globals().get("defines", {})

application = defines.get("app", "dist/Hunting Console.app")
appname = os.path.basename(application)  # "Hunting Console.app"

# Compressed, read-only (zlib: opens on every supported macOS; UDBZ is bzip2).
format = defines.get("format", "UDZO")
filesystem = "HFS+"
size = None  # dmgbuild sizes the image from its contents

files = [application]
symlinks = {"Applications": "/Applications"}

# The Finder window: the app on the left, Applications on the right.
window_rect = ((200, 200), (600, 320))
default_view = "icon-view"
icon_size = 128
icon_locations = {
    appname: (150, 140),
    "Applications": (450, 140),
}
show_status_bar = False
show_toolbar = False
show_pathbar = False
show_sidebar = False

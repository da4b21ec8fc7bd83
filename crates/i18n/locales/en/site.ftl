# The site's frame: header, navigation, footer, shared words.
site-description = Local groups and their meetups, on { $instance }.
site-skip-to-content = Skip to content
site-nav-label = Main
site-find-group = Find a group
site-events-near = What’s on
site-start-group = Start a group
site-admin = Admin
site-log-out = Log out
site-log-in = Log in
site-sign-up = Sign up
site-confirm-email = Please confirm your email address: follow the link we sent to you.
site-send-new-link = Send a new link
site-footer = { $instance } runs <a href="https://example.invalid/muster">Muster</a>, free software for local groups. Your group's history stays yours.
site-language = Language
site-language-change = Change

## Maps
map-groups-label = Map of these groups
map-events-label = Map of these meetups
map-label = Map
near-locate = Use my location
near-locate-refused = Your location is not available: type a city.

# Account pages: logging in, signing up, passwords, settings, email preferences, deletion,
# tokens and the calendar feed, and the first administrator's set-up.

## Shared
account-field-email = Email address
account-field-password = Password
account-field-your-name = Your name
account-password-hint = At least 8 characters.
account-back-to-settings = Back to settings
account-check-inbox = Check your inbox
account-settings-link = Account settings

## Log in
account-login-title = Log in
account-login-button = Log in
account-login-forgot = Forgot your password?
# Markup: a link to the sign-up page.
account-login-new = New here? <a href="/account/signup">Create an account</a>.

## Sign up
account-signup-page-title = Sign up
account-signup-title = Create your account
# Markup: a link to the login page.
account-signup-intro = Join local groups, RSVP to meetups, and get reminders. Already have an account? <a href="/account/login">Log in</a>.
account-signup-name-hint = Shown to the groups you join.
account-signup-password-hint = At least 8 characters. A few unrelated words work well.
account-signup-button = Create account
account-signup-sent = If the address can be used, we have sent it an email. Follow the link in it to confirm your address, then log in.
account-signup-log-in = Log in

## Emailed links
account-verify-title = Confirm your email address
account-verify-message = Press the button to confirm that this address is yours.
account-verify-button = Confirm my email address
account-email-confirm-title = Confirm your new email address
account-email-confirm-message = Press the button to make this address the one your account uses.
account-email-confirm-button = Confirm the new address
account-email-changed-title = Email address changed
account-email-changed-message = Your account now uses the new address.

## Password reset
account-reset-request-title = Reset your password
account-reset-request-intro = Enter the address you signed up with. We will email you a link to choose a new password.
account-reset-request-button = Send me a link
account-reset-sent = If the address has an account, we have sent it a link to choose a new password. The link works for one hour.
account-reset-title = Choose a new password
account-reset-intro = After this, every device logged in to your account is logged out.
account-reset-field = New password
account-reset-button = Set new password

## Settings
account-settings-title = Account settings
account-profile = Profile
account-field-name = Name
account-field-bio = Bio
account-optional = (optional)
account-field-timezone = Time zone
account-timezone-hint = Times are shown in the event's zone, with yours alongside.
account-field-language = Language
account-language-browser = Follow my browser
account-profile-save = Save profile
account-email-title = Email address
# Markup: the address in bold; $address is escaped.
account-email-confirmed = Your address is <strong>{ $address }</strong> (confirmed).
account-email-unconfirmed = Your address is <strong>{ $address }</strong> — <em>not confirmed yet</em>.
account-email-resend = Send a new confirmation link
account-email-new = New email address
account-email-new-hint = We send a link to the new address; nothing changes until you follow it.
account-password-current = Current password
account-email-change = Change email address
account-notifications-title = Emails from your groups
account-notifications-intro = Choose, for each group, whether you get its announcements of new events, reminders before events you are going to, and messages from its organizers — or only the emails about your account.
account-notifications-link = Email settings
account-password-title = Password
account-password-new = New password
account-password-new-hint = At least 8 characters. Your other devices will be logged out.
account-password-change = Change password
account-sessions-title = Where you are logged in
account-sessions-device = Device
account-sessions-address = Address
account-sessions-last-active = Last active (UTC)
account-actions = Actions
account-sessions-unknown = Unknown device
account-sessions-this = (this device)
account-sessions-log-out = Log out
account-sessions-log-out-all = Log out everywhere
account-tokens-title = Personal API tokens
# Markup: the header to send, as code.
account-tokens-intro = Tokens let scripts use the API as you: send <code>Authorization: Bearer &lt;token&gt;</code>.
account-tokens-none = No tokens yet.
account-tokens-name = Name
account-tokens-prefix = Starts with
account-tokens-created = Created
account-tokens-last-used = Last used
account-tokens-revoke = Revoke
account-tokens-new = New token name
account-tokens-new-hint = For example: calendar script.
account-tokens-create = Create token
account-never = never
# A date and time on the settings page: $date and $time in this language.
account-date-time = { $date } { $time }
account-feed-title = Calendar feed
account-feed-intro = A private address your calendar app subscribes to: the events you are going to (waitlisted ones marked tentative), kept up to date. Private groups' events appear only here.
account-feed-made = Your feed link was made on { $created }; last read by a calendar app: { $used }. For your safety it was shown only once; get a new link to see it again (the old one stops working).
account-feed-all = Also show every event of my groups
account-feed-save = Save
account-feed-new-link = Get a new link
account-feed-off = Turn off
account-feed-make = Make my calendar feed link
account-data-title = Your data
account-data-intro = Everything Muster holds about you: your account, memberships, RSVPs, comments and talks, as one JSON file.
account-data-download = Download my data
account-delete-title = Delete account
account-delete-intro = Deleting your account removes your name, email address, profile, sessions and tokens.
account-delete-link = Delete my account…

## Deleting the account
account-delete-page-title = Delete your account
account-delete-removes = This removes your name, email address, profile, sessions and API tokens. It cannot be undone.
account-delete-history = Groups keep their history: events you went to still count you, anonymously, and talks you gave keep the speaker name you gave them — unless you tick the box below.
# Markup: $groups is a list of links to the groups, already marked up.
account-delete-sole = You are the only organizer of { $groups }. A group must never be left without an organizer: make someone else an organizer there, or delete the group, and then come back to delete your account.
account-delete-back = Back to my settings
account-delete-password = Your password
account-delete-password-hint = To confirm it is you.
account-delete-talks = Also remove my name from my talks (they will show "Former member")
account-delete-button = Delete my account
account-delete-keep = Keep my account

## Email settings
account-email-settings-title = Email settings
account-email-settings-back = Your account settings
account-email-settings-saved = Saved.
account-email-settings-everything = Everything
account-email-settings-only-account = No email except account security (sign-in links, password and address changes)
account-email-settings-announcements = New event announcements
account-email-settings-reminders = Reminders before events I'm going to
account-email-settings-messages = Messages from the organizers
account-email-settings-no-groups = You are not a member of any group yet.
account-email-settings-rsvps = Email about your own RSVPs (confirmations, changes, cancellations) follows the switch above only.
account-email-settings-save = Save

## New token, new calendar feed
account-token-created-title = Your new token “{ $name }”
account-token-created-page-title = Your new token
account-token-created-copy = Copy it now: this is the only time it is shown.
account-feed-created-title = Your calendar feed
account-feed-created-intro = Subscribe once and your calendar stays right: new events appear, moved events move, cancelled events say so.
account-feed-created-subscribe = Subscribe in your calendar app
account-feed-created-google = Add to Google Calendar
account-feed-created-copy = Or copy this address into your calendar app (“subscribe to a calendar from a URL”):
account-feed-created-private = This link is shown only now. Keep it private: anyone who has it can read your calendar. If it leaks, get a new link in your settings; the old one stops working at once.

## Set-up
account-setup-page-title = Set up { $instance }
account-setup-title = Create the first administrator
account-setup-intro = This page works once, on a fresh instance, with the set-up token printed in the server's log.
account-setup-token = Set-up token
account-setup-token-hint = From the line "open …/setup?token=…" in the log.
account-setup-button = Create administrator
account-profile-view = See your profile page
account-avatar-label = Photo
account-avatar-hint = PNG, JPEG, WebP or GIF, up to 2 MiB. It is shown in a circle, scaled to 256 pixels and stored without its metadata (such as where a photo was taken).
account-avatar-upload = Upload photo
account-avatar-remove = Remove photo
account-field-pronouns = Pronouns
account-pronouns-hint = Optional, for example she/her or they/them.
account-field-website = Website
account-field-fediverse = Fediverse
account-fediverse-hint = Optional: your address, like @name@mastodon.social.
account-field-github = GitHub
account-github-hint = Optional: your GitHub user name.
account-field-unlisted = Keep me out of lists
account-unlisted-hint = You are not shown among the people going to a meetup or in member lists, and nobody else can open your profile page. Organizers still see you in their lists of attendees.
profile-own = This is your profile page as others see it.
profile-own-unlisted = Only you can see this page: you keep out of lists.
profile-edit = Edit your profile
profile-about = About
profile-website = Website
profile-fediverse = Fediverse
profile-groups = Groups
profile-no-groups = No groups to show.
profile-talks = Talks

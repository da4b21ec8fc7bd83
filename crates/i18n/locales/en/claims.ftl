# The page a Meetup.com history claim link opens. $name is the person's name on Meetup.com,
# $group the group's, $count how many of the group's meetups they went to.
claim-title = Is this you?
claim-signed-in =
    { $count ->
        [one] This link is for { $name } of { $group } on Meetup.com, who went to { $count } event of the group's meetups. Claiming it makes you a member of { $group } and adds those meetups to your account.
       *[other] This link is for { $name } of { $group } on Meetup.com, who went to { $count } events of the group's meetups. Claiming it makes you a member of { $group } and adds those meetups to your account.
    }
claim-visitor =
    { $count ->
        [one] This link is for { $name } of { $group } on Meetup.com, who went to { $count } event of the group's meetups. Log in (or sign up) to claim this history.
       *[other] This link is for { $name } of { $group } on Meetup.com, who went to { $count } events of the group's meetups. Log in (or sign up) to claim this history.
    }
claim-button = Yes, this is me: claim my history
claim-log-in = Log in to claim

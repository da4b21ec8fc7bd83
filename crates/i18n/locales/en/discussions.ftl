## Discussions: a group's threads and replies, their emails and settings.

email-topic-discussions = new replies in discussions you follow
email-thread-replies-subject = { $count ->
    [one] New reply in “{ $title }” · { $group }
   *[other] { $count } new replies in “{ $title }” · { $group }
}
email-thread-replies-intro-txt = There are new replies in “{ $title }”, a discussion of { $group } you follow:
email-thread-replies-intro-html = There are new replies in <strong>“{ $title }”</strong>, a discussion of { $group } you follow.
email-thread-reply-by = { $name } wrote:
email-thread-replies-more = { $count ->
    [one] …and 1 more reply.
   *[other] …and { $count } more replies.
}
email-thread-open-txt = Read and reply: { $url }
email-thread-open = Read and reply
email-thread-unfollow-txt = Stop following this thread (one click): { $url }
email-thread-unfollow = Stop following this thread
account-email-settings-discussions = New replies in discussions I follow

group-tab-discussions = Discussions
discussions-title = Discussions
discussions-none = No discussions yet. Start one: ask a question, plan a hack night, share a link.
discussions-page-empty = There are no more discussions.
discussions-pinned = Pinned
discussions-locked = Locked
discussions-replies-count = { $count ->
    [one] 1 reply
   *[other] { $count } replies
}
discussions-active = last active { $when }
discussions-pages = More discussions
discussions-newer = ← Newer
discussions-older = Older →
discussions-start = Start a discussion
discussions-field-title = Title
discussions-field-body = Text
discussions-markdown-hint = Markdown works: **bold**, *italic*, [links](https://example.org), lists and code.
discussions-start-button = Start the discussion
discussions-login-to-start = Log in and join the group to start a discussion.
discussions-members-start = Join the group to start a discussion.
discussions-accept-conduct = Accept the group's current code of conduct to write here.
discussions-organizers-start = In this group, the organizers start discussions; members reply.
discussions-settings = Who starts discussions
discussions-organizers-only = Only the organizers start discussions (members still reply)
discussions-settings-save = Save
discussions-all = All discussions
discussions-deleted-account = A deleted account
discussions-edited = edited
discussions-post-deleted = Its author deleted their account.
discussions-edit = Edit
discussions-remove-thread = Remove the discussion
discussions-remove-reply = Remove
discussions-pin = Pin
discussions-unpin = Unpin
discussions-lock = Lock
discussions-unlock = Unlock
discussions-follow = Follow
discussions-unfollow = Stop following
discussions-following-hint = You follow this discussion: new replies come by email, at most once an hour.
discussions-followers = { $count ->
    [one] 1 person follows it.
   *[other] { $count } people follow it.
}
discussions-reply-removed = This reply was removed.
discussions-reply = Your reply
discussions-reply-button = Reply
discussions-locked-note = This discussion is locked: it takes no new replies.
discussions-login-to-reply = Log in and join the group to reply.
discussions-members-reply = Join the group to reply.
discussions-edit-title = Edit
discussions-save = Save
discussions-cancel = Cancel
notice-thread-started = Your discussion is started. You follow it: replies come by email.
notice-thread-removed = The discussion is removed.
notice-thread-followed = You follow this discussion: new replies come by email.
notice-thread-unfollowed = You no longer follow this discussion.
notice-thread-moderated = Saved.
notice-reply-posted = Your reply is posted.
notice-reply-removed = The reply is removed.
notice-post-edited = Your changes are saved.
notice-discussion-settings-saved = Saved: who starts discussions.
link-unfollow = Stop following
link-unfollow-message = Stop emails about new replies in “{ $title }” ({ $group })?
link-unfollowed = You no longer follow this discussion
link-unfollowed-message = No more emails about “{ $title }” ({ $group }). Other discussions you follow still send theirs.
archive-discussions = Discussions
archive-discussions-count = { $count ->
    [one] 1 discussion
   *[other] { $count } discussions
}
archive-discussion-unnamed = A member
discussions-earlier-replies = ← Earlier replies
discussions-later-replies = Later replies →

# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = { $name }，你好：
email-hello = 你好：
email-label-when = 时间：
email-label-where = 地点：
email-label-title = 标题：
email-label-join-online = 在线参加：
email-label-reported-by = 举报人：
email-label-about = 涉及对象：
email-was = （原为 { $value }）
email-see-event = 查看活动
email-open-group = 打开小组
email-open-event = 打开活动
email-review-request = 查看申请
email-open-account-settings = 打开账户设置
email-reset-my-password = 重置我的密码
email-or-open-link = 或打开此链接：
email-ignore-if-not-asked = 如果这不是你本人的操作，请忽略此邮件。
email-reason = 原因：{ $reason }
email-email-settings = 邮件设置
email-email-settings-txt = 邮件设置：{ $url }

## Footers

email-footer-account = 你收到此邮件，是因为你在 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上有账户。
email-footer-organizer-txt = 你收到此邮件，是因为你在 { $instance } 上组织 { $group } · { $url }
email-footer-organizer-html = 你收到此邮件，是因为你在 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上组织 { $group }。
email-footer-moderator-html = 你收到此邮件，是因为你在 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上管理 { $group }。
email-group-footer-txt = { $instance } 上的 { $group } · { $url }
email-group-footer-conduct-txt = 行为准则：{ $url }
email-group-footer-stop-txt = 不再接收 { $group } 的{ $topic }（一键退订）：{ $url }
email-group-footer-html = 你作为 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上 { $group } 的成员收到此邮件。我们的<a href="{ $conduct }" style="color:#2f5d8a;">行为准则</a>适用于每一场活动。
email-group-footer-stop-html = 不再接收 { $group } 的{ $topic }
email-topic-announcements = 新活动通知
email-topic-reminders = 已报名活动的提醒
email-topic-messages = 组织者消息

## Account

email-verify-subject = 确认你在 { $instance } 的邮箱地址
email-verify-intro-txt = 请确认这是你的邮箱地址，以便在 { $instance } 上创建小组并报名参加聚会：
email-verify-intro-html = 请确认这是你的邮箱地址，以便在 { $instance } 上创建小组并报名参加聚会。
email-verify-button = 确认我的邮箱地址
email-verify-expiry-txt = 此链接只能使用一次，3 天后失效。如果你没有注册，请忽略此邮件。
email-verify-expiry-html = 链接只能使用一次，3 天后失效。如果你没有注册，请忽略此邮件。

email-reset-subject = 重置你的 { $instance } 密码
email-reset-intro-txt = 有人（希望是你本人）申请重置你在 { $instance } 的账户密码。请在这里设置新密码：
email-reset-intro-html = 有人（希望是你本人）申请重置你在 { $instance } 的账户密码。
email-reset-button = 设置新密码
email-reset-expiry-txt = 此链接只能使用一次，1 小时后失效。如果这不是你本人的操作，请忽略此邮件，你的密码不会改变。
email-reset-expiry-html = 链接只能使用一次，1 小时后失效。如果这不是你本人的操作，请忽略此邮件，你的密码不会改变。

email-reset-unknown-subject = { $instance } 收到密码重置申请
email-reset-unknown-intro = 有人为此邮箱地址申请重置 { $instance } 账户的密码，但没有使用此地址的账户。
email-reset-unknown-signup = 如果是你本人，可能你注册时用的是其他地址。你也可以创建一个账户：
email-reset-unknown-button = 注册

email-signup-existing-subject = 你已经有 { $instance } 账户了
email-signup-existing-intro = 有人尝试用此邮箱地址注册 { $instance }，但你已经有账户了。如果是你本人，请直接登录；如果忘记了密码，可以重置：
email-signup-existing-not-you = 如果不是你本人，请忽略此邮件。没有任何变更。

email-confirm-change-subject = 确认你在 { $instance } 的新邮箱地址
email-confirm-change-intro-txt = 请确认将 { $email } 设为你在 { $instance } 的账户邮箱地址：
email-confirm-change-intro-html = 请确认将 { $email } 设为你在 { $instance } 的账户邮箱地址。
email-confirm-change-button = 确认新地址
email-confirm-change-expiry-txt = 此链接只能使用一次，1 天后失效。在你确认之前，账户仍使用当前地址。
email-confirm-change-expiry-html = 链接只能使用一次，1 天后失效。在你确认之前，账户仍使用当前地址。

email-change-requested-subject = 你在 { $instance } 的邮箱地址正在更改
email-change-requested-intro-txt = 有人申请将你在 { $instance } 的账户邮箱地址改为 { $email }。新地址确认后才会生效。
email-change-requested-intro-html = 有人申请将你在 { $instance } 的账户邮箱地址改为 <strong>{ $email }</strong>。新地址确认后才会生效。
email-change-requested-not-you = 如果不是你本人，请立即修改密码并检查账户设置：

email-password-changed-subject = 你的 { $instance } 密码已更改
email-password-changed-intro = 你在 { $instance } 的账户密码刚刚已更改，所有设备均已退出登录。
email-password-changed-not-you-txt = 如果不是你本人，请立即重置密码：{ $url }/account/reset
email-password-changed-not-you-html = 如果不是你本人，请立即重置密码：

email-address-in-use-subject = 此地址已有 { $instance } 账户
email-address-in-use-intro = 有人申请将另一个 { $instance } 账户改用此邮箱地址。此地址已有账户，因此没有任何变更。
email-address-in-use-reset = 如果你忘记了账户密码，可以重置：

## Groups

email-invitation-subject = 邀请你加入 { $group }
email-invitation-intro-txt = { $inviter } 邀请你加入 { $instance } 上的 { $group }。请在这里接受邀请（如有需要，请先登录或注册）：
email-invitation-intro-html = { $inviter } 邀请你加入 { $instance } 上的 <strong>{ $group }</strong>。
email-invitation-button = 接受邀请
email-invitation-expiry = 此链接只能使用一次，14 天后失效。如果你不想加入，请忽略此邮件。

email-membership-approved-subject = 欢迎加入 { $group }
email-membership-approved-txt = 你加入 { $group } 的申请已通过。欢迎！看看接下来有什么活动：
email-membership-approved-html = 你加入 <strong>{ $group }</strong> 的申请已通过。欢迎！
email-membership-approved-button = 查看近期活动

email-conduct-subject = { $group } 收到一条行为举报
email-conduct-intro-txt = 有人向 { $group } 的组织者举报了一个行为问题。
email-conduct-intro-html = 有人向 <strong>{ $group }</strong> 的组织者举报了一个行为问题。
email-conduct-private-txt = 举报仅组织者可见（如果举报涉及组织者，实例管理员也可见）。请在这里跟进并标记为已处理：
email-conduct-private-html = 举报仅组织者可见（如果举报涉及组织者，实例管理员也可见）。
email-conduct-button = 打开举报

email-join-request-subject = { $requester } 申请加入 { $group }
email-join-request-txt = { $requester } 申请加入 { $group }。请在这里批准或拒绝：
email-join-request-html = <strong>{ $requester }</strong> 申请加入 <strong>{ $group }</strong>。

email-adoption-requested-subject = { $requester } 申请接管 { $group }
email-adoption-requested-intro-txt = { $requester } 申请接管已长期没有活动的 { $group }，并成为组织者之一。
email-adoption-requested-intro-html = <strong>{ $requester }</strong> 申请接管已长期没有活动的 <strong>{ $group }</strong>，并成为组织者之一。
email-adoption-their-message = 申请留言：
email-adoption-requested-refuse-txt = 如果你仍在运营这个小组且不同意，请在 { $date } 之前拒绝申请：
email-adoption-requested-after-txt = 过了这个日期，{ $instance } 的管理员可以批准申请。无论结果如何，你都仍是组织者。
email-adoption-requested-refuse-html = 如果你仍在运营这个小组且不同意，请在 <strong>{ $date }</strong> 之前拒绝申请。过了这个日期，{ $instance } 的管理员可以批准申请。无论结果如何，你都仍是组织者。

email-adoption-approved-subject = 你现在是 { $group } 的组织者了
email-adoption-declined-subject = 你接管 { $group } 的申请未获通过
email-adoption-approved-txt = 你接管 { $group } 的申请已获批准。你现在是它的组织者之一：欢迎加入！
email-adoption-approved-html = 你接管 <strong>{ $group }</strong> 的申请已获批准。你现在是它的组织者之一：欢迎加入！
email-adoption-refused-txt = { $group } 的组织者拒绝了你的接管申请：他们仍在运营这个小组。
email-adoption-refused-html = <strong>{ $group }</strong> 的组织者拒绝了你的接管申请：他们仍在运营这个小组。
email-adoption-rejected-txt = 你接管 { $group } 的申请被 { $instance } 的管理员拒绝了。
email-adoption-rejected-html = 你接管 <strong>{ $group }</strong> 的申请被 { $instance } 的管理员拒绝了。

email-co-organizer-subject = { $adopter } 现在和你一起组织 { $group }
email-co-organizer-txt = { $adopter } 申请接管 { $group }，截止日期前无人拒绝，{ $instance } 的管理员已批准申请。{ $adopter } 现在和你一样是小组的组织者。你仍是组织者；小组设置中可以看到所有运营者：
email-co-organizer-html = { $adopter } 申请接管 <strong>{ $group }</strong>，截止日期前无人拒绝，{ $instance } 的管理员已批准申请。{ $adopter } 现在和你一样是小组的组织者。你仍是组织者；小组设置中可以看到所有运营者。
email-co-organizer-button = 打开小组设置

email-organizer-wrote-txt = { $group } 的组织者 { $sender } 写道：
email-organizer-wrote-about-txt = { $group } 的组织者 { $sender } 就 { $event } 写道：
email-organizer-wrote-html = <strong>{ $group }</strong> 的组织者 { $sender } 写道：
email-organizer-wrote-about-html = <strong>{ $group }</strong> 的组织者 { $sender } 就 <strong>{ $event }</strong> 写道：

## Events

email-promoted-subject = 你已获得名额：{ $event }
email-promoted-intro-txt = 好消息：有名额空出，你现在可以参加 { $event }（{ $group }）了。
email-promoted-intro-html = 好消息：有名额空出，你现在<strong>可以参加</strong> <strong>{ $event }</strong>（{ $group }）了。
email-promoted-outro-txt =
    活动页面上有详细信息；如果你来不了，也可以在那里点按钮取消（名额会转给
    候补名单上的下一位）：
email-promoted-outro-html = 如果你来不了，请在活动页面上告知，名额会转给候补名单上的下一位。

email-announcement-subject = 新活动：{ $event }（{ $group }）
email-announcement-intro-txt = { $group } 发布了新活动：
email-announcement-intro-html = <strong>{ $group }</strong> 发布了新活动：
email-announcement-details-txt = 详情和报名：
email-announcement-button = 详情和报名

email-rsvp-going-subject = 你已报名：{ $event }
email-rsvp-waitlist-subject = 你在候补名单上（第 { $position } 位）：{ $event }
email-rsvp-going-txt =
    你已报名参加 { $event }（{ $group }）。附件中的邀请
    会把活动加入你的日历，活动有变动时也会同步更新。
email-rsvp-waitlist-txt =
    活动已满，你在 { $event }
    （{ $group }）的候补名单上，排第 { $position } 位。一有名额空出，候补名单上的下一位
    会立即获得名额并收到邮件。
email-rsvp-going-html = 你已<strong>报名参加</strong> <strong>{ $event }</strong>（{ $group }）。附件中的邀请会把活动加入你的日历，活动有变动时也会同步更新。
email-rsvp-waitlist-html = 活动已满，你在 <strong>{ $event }</strong>（{ $group }）的<strong>候补名单</strong>上，排第 <strong>{ $position }</strong> 位。一有名额空出，候补名单上的下一位会立即获得名额并收到邮件。
email-rsvp-plans-change-txt = 如果计划有变，请在活动页面上重新回复，把名额让给其他人：
email-rsvp-plans-change-html = 如果计划有变，请在活动页面上重新回复，把名额让给其他人。

email-reminder-subject = 提醒：{ $event } 还有 { $lead } 开始
email-reminder-intro-txt = 你报名的 { $event }（{ $group }）还有 { $lead } 开始。
email-reminder-intro-html = 你报名的 <strong>{ $event }</strong>（{ $group }）还有 { $lead } 开始。
email-reminder-still-coming-txt = 还会来吗？点一下告诉组织者：
email-reminder-cant-make-it-txt = 来不了了？点一下就能把名额让给候补名单上的下一位：
email-reminder-event-page-txt = 活动页面：
email-reminder-still-coming = 我会来
email-reminder-cant-make-it = 我来不了
email-reminder-frees-seat-html = 点“我来不了”会把你的名额让给候补名单上的下一位。<a href="{ $url }" style="color:#2f5d8a;">查看活动</a>。

email-changed-subject = 已变更：{ $event }，现在是 { $when }
email-changed-intro-txt = { $event }（{ $group }）有变更。目前的安排如下：
email-changed-intro-html = <strong>{ $event }</strong>（{ $group }）有变更。目前的安排如下：
email-changed-no-place-now = 现在未指定地点
email-changed-no-place-given = 未指定地点
email-changed-outro-txt =
    附件中的更新会调整你日历中的活动。如果你来不了了，请在活动页面上
    重新回复，把名额让给其他人：
email-changed-outro-html = 附件中的更新会调整你日历中的活动。如果你来不了了，请在活动页面上重新回复，把名额让给其他人。

email-cancelled-subject = 已取消：{ $event }
email-cancelled-intro-txt = 原定于 { $when } 举行的 { $event }（{ $group }）已取消。
email-cancelled-intro-html = 原定于 { $when } 举行的 <strong>{ $event }</strong>（{ $group }）<strong>已取消</strong>。
email-cancelled-wrote-txt = 组织者留言：{ $reason }
email-cancelled-wrote-html = 组织者留言：
email-cancelled-outro-txt = 附件中的取消通知会把活动从你的日历中移除。活动页面仍会保留：
email-cancelled-outro-html = 附件中的取消通知会把活动从你的日历中移除。活动页面仍会保留。

# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = 这里什么都没有。可能是地址输错了，或者页面已被删除。
error-some-fields-need-attention = 部分字段需要修改。
error-please-log-in-to-do-that = 请先登录再进行此操作。
error-only-instance-administrators-can-do-that = 只有实例管理员可以执行此操作。
error-too-many-attempts-please-wait-a = 尝试次数过多。请稍等片刻后重试。
error-something-went-wrong-on-our-side = 我们这边出了点问题。错误已记录，请重试。
error-the-database-is-not-reachable-right = 数据库暂时无法连接。请稍后重试。
error-the-database-is-not-reachable = 无法连接数据库。
error-cross-site-requests-are-not-allowed = 不允许跨站请求。
error-api-calls-authenticated-by-the-session = 通过会话 Cookie 认证的 API 调用必须发送 Content-Type: application/json（上传文件时也可以是图片类型或 text/calendar）。
error-this-form-has-expired-or-did = 此表单已过期，或并非来自本网站。请返回上一页，刷新页面后重试。
error-the-form-could-not-be-read = 无法读取表单。
error-please-confirm-your-email-address-first = 请先确认你的电子邮箱地址：点击我们发给你的链接即可。
error-the-form-is-too-large = 表单过大。
error-send-the-form-as-application-x = 请以 application/x-www-form-urlencoded 格式发送表单。
error-the-request-body-could-not-be = 无法读取请求正文。
error-send-a-json-body-with-content = 请发送 JSON 正文，并附带 Content-Type: application/json。
error-the-body-is-not-valid-json = 正文不是有效的 JSON。
error-the-upload-could-not-be-read = 无法读取上传的文件。
error-the-calendar-is-larger-than-5 = 日历大小超过 5 MiB。
error-move-up-or-down = 只能上移或下移。
error-when-is-upcoming-or-past = when 的值只能是 upcoming 或 past。
error-unknown-role = 未知角色。
error-sort-is-relevance-distance-or-next = sort 的值只能是 relevance、distance 或 next_event。
error-enter-a-number-like-53-8008 = 请输入类似 53.8008 的数字。
error-this-claim-link-is-not-valid = 此历史记录认领链接无效：它已被使用、已被新链接取代，或从未存在。请向小组组织者索取新链接。
error-you-cannot-take-part-in-this = 你无法参与此小组。
error-this-person-has-claimed-their-history = 此人已认领其历史记录。
error-only-published-events-that-have-not = 只有已发布且尚未开始的活动才能发送通知。
error-this-event-was-announced-already-members = 此活动已发送过通知；每位成员只会收到一次通知。
error-an-agenda-can-have-at-most = 议程最多只能包含 50 个演讲。
error-speakers-are-given-by-member-id = 演讲者需通过成员 ID 指定。
error-there-are-no-free-seats-left = 已没有空余名额。
error-that-rsvp-changed-meanwhile-reload-the = 该报名信息已被更改。请刷新页面后重试。
error-rsvps-can-only-be-managed-for = 只能管理已发布活动的报名。
error-attendance-is-recorded-for-published-events = 只有已发布的活动才会记录出席情况。
error-this-event-was-cancelled-it-can = 此活动已取消，无法再编辑。
error-only-drafts-can-be-published-this = 只有草稿才能发布；此活动已发布或已取消。
error-this-event-is-not-a-draft = 此活动不是草稿。
error-this-event-is-already-cancelled = 此活动已经取消。
error-drafts-are-deleted-not-cancelled = 草稿只能删除，不能取消。
error-this-event-is-over-it-can = 此活动已结束，无法再取消。
error-published-events-are-cancelled-not-deleted = 已发布的活动只能取消、不能删除，以便成员了解发生了什么。
error-only-the-author-or-the-group = 只有评论作者或小组组织者可以删除评论。
error-the-calendar-could-not-be-fetched = 无法获取日历。
error-your-email-address-is-already-confirmed = 你的电子邮箱地址已经确认过了。
error-that-address-now-belongs-to-another = 该地址现已属于另一个账号，因此无法用于你的账号。
error-that-is-already-your-email-address = 这已经是你的电子邮箱地址了。
error-the-email-address-or-password-is = 电子邮箱地址或密码错误。
error-the-instance-was-set-up-meanwhile = 实例已在此期间完成设置，或者该电子邮箱地址已被使用。
error-you-have-already-asked-to-adopt = 你已申请接管此小组，申请正在等待处理。
error-you-have-no-pending-request-to = 你没有待处理的接管此小组的申请。
error-there-is-no-refusal-of-this = 此申请没有可解除的有效拒绝。
error-the-person-who-asked-has-deleted = 提出申请的人已删除其账号。
error-the-person-who-asked-is-banned = 提出申请的人已被此小组封禁。
error-this-request-is-no-longer-pending = 此申请已不再处于待处理状态：它刚刚已被处理或撤回。
error-that-group-is-not-deleted = 该小组未被删除。
error-you-are-the-group-s-only = 你是该小组唯一的组织者。请先将其他人设为组织者。
error-use-leave-the-group-to-leave = 如需自行退出，请使用“退出小组”。
error-a-group-always-keeps-at-least = 小组必须始终保留至少一名组织者。
error-that-membership-changed-meanwhile-reload-the = 该成员资格已被更改。请刷新页面后重试。
error-only-active-members-can-have-a = 只有活跃成员才能拥有角色。
error-choose-another-member = 请选择其他成员。
error-only-active-members-can-take-the = 只有活跃成员才能接管小组。
error-this-group-takes-new-members-by = 此小组仅通过邀请接收新成员。请联系组织者邀请你。
error-you-are-not-a-member-of = 你不是此小组的成员。
error-only-the-group-s-organizers-can = 只有小组组织者可以执行此操作。
error-you-already-organize-this-group-so = 你已经是此小组的组织者，无需接管。
error-give-both-latitude-and-longitude-or = 请同时填写纬度和经度，或者都不填。
error-this-invitation-has-already-been-used = 此邀请已被使用。
error-this-invitation-link-is-not-valid = 此邀请链接无效。请向组织者索取新链接。
error-this-invitation-has-expired-ask-the = 此邀请已过期。请向组织者索取新的邀请。
error-you-have-no-calendar-feed-link = 你还没有日历订阅链接。请先创建一个。
error-enter-your-email-address = 请输入你的电子邮箱地址。
error-that-email-address-is-too-long = 该电子邮箱地址过长。
error-enter-the-name-people-will-see = 请输入其他人会看到的名称。
error-the-bio-cannot-contain-control-characters = 个人简介不能包含控制字符。
error-choose-a-time-zone-from-the = 请从列表中选择时区（例如 Europe/Berlin 这样的 IANA 名称）。
error-token-names-cannot-contain-control-characters = 令牌名称不能包含控制字符。
error-name-the-token-e-g-calendar = 请为令牌命名，例如“日历脚本”。
error-that-address-is-reserved-choose-another = 该地址已被保留。请选择其他地址。
error-enter-a-web-address-like-https = 请输入类似 https://example.org 的网址。
error-only-http-and-https-addresses-are = 只允许使用 http:// 和 https:// 地址。
error-latitude-is-between-90-and-90 = 纬度必须介于 -90 到 90 之间。
error-longitude-is-between-180-and-180 = 经度必须介于 -180 到 180 之间。
error-choose-public-or-private = 请选择“公开”或“私密”。
error-choose-open-approval-or-invite = 请选择“开放加入”“需审核”或“仅限邀请”。
error-there-are-more-answers-than-questions = 回答数量多于问题数量。
error-capacity-is-too-large = 人数上限过大。
error-too-many-guests = 同行人数过多。
error-guests-cannot-be-negative = 同行人数不能为负数。
error-enter-a-date-and-time = 请输入日期和时间。
error-enter-a-date-and-time-like = 请输入类似 2026-12-16T18:30 的日期和时间（或带时区偏移的 RFC 3339 格式）。
error-the-end-must-be-after-the = 结束时间必须晚于开始时间。
error-an-event-can-last-at-most = 活动时长最多为 14 天。
error-the-start-must-be-in-the = 开始时间必须在未来。
error-rsvps-must-open-before-the-event = 报名必须在活动开始前开放。
error-rsvps-close-when-the-event-starts = 报名最迟在活动开始时截止。
error-rsvps-must-close-after-they-open = 报名截止时间必须晚于开放时间。
error-hosts-are-given-by-member-id = 主持人需通过成员 ID 指定。
error-an-event-can-show-at-most = 一个活动最多显示 5 位主持人。
error-enter-a-valid-email-address = 请输入有效的电子邮箱地址。
error-a-second-message-is-ignored = 第二条消息会被忽略
error-too-short = 太短。
error-choose-a-day-of-the-month = 请选择每月 1 日到 31 日之间的日期。
error-choose-an-end-date-between-the = 请选择介于 1 年到 9999 年之间的结束日期。
error-choose-a-first-date-between-the = 请选择介于 1 年到 9999 年之间的首个日期。
error-the-series-reaches-dates-that-cannot = 该系列活动会延伸到无法表示的日期。
error-the-repeat-rule-needs-a-freq = 重复规则需要 FREQ。
error-a-weekly-repeat-rule-cannot-have = 每周重复规则不能包含 BYMONTHDAY。
error-interval-must-be-a-number-of = INTERVAL 必须是 1 到 4 之间的周数。
error-a-weekly-repeat-rule-needs-one = 每周重复规则需要一个 BYDAY，例如 BYDAY=TU。
error-byday-must-name-one-weekday-of = BYDAY 必须指定当月的某一个星期几，例如 3WE 或 -1TH。
error-bymonthday-must-be-a-day-of = BYMONTHDAY 必须是 1 到 31 之间的日期。
error-a-repeat-rule-cannot-have-both = 重复规则不能同时包含 COUNT 和 UNTIL。
error-until-must-be-a-utc-date = UNTIL 必须是 UTC 日期时间，例如 20270630T225959Z。
error-each-reminder-time-may-be-given = 每个提醒时间只能设置一次。
error-choose-one-of-the-languages-muster = 请从 Muster 支持的语言中选择：en, de, es, fr, pt-BR, ja, zh-CN, zh-TW。
error-choose-one-of-the-languages-listed = 请从列出的语言中选择一种。

## Messages with values. Code writes the English with the values in place; the placeables
## below find them again. A text value also comes as `$name_key`, an identifier to select on
## (`The venue's name` → `the-venue-s-name`); see docs/translating.md.

error-names-can-be-at-most = 名称不能超过 { $max } 个字符。
error-the-bio-can-be-at-most = 个人简介不能超过 { $max } 个字符。
error-token-names-can-be-at-most = 令牌名称不能超过 { $max } 个字符。
error-passwords-can-be-at-most = 密码不能超过 { $max } 个字符。
error-use-at-least-characters = 请至少使用 { $min } 个字符。把几个互不相关的单词组合起来，就是一个强密码。
error-field-cannot-contain-line-breaks = { $what_key ->
    [the-name] 名称
    [the-summary] 简介
    [the-description] 描述
    [the-city] 城市
    [the-country] 国家/地区
    [the-code-of-conduct] 行为准则
    [the-report] 举报内容
    [the-reason] 原因
    [a-question] 问题
    [an-answer] 回答
    [the-title] 标题
    [the-venue-s-name] 场地名称
    [the-address] 地址
    [how-to-find-us] “如何找到我们”
    [the-question] 问题
    [the-answer] 回答
    [the-talk-s-title] 演讲标题
    [the-speaker-s-name] 演讲者姓名
    [the-abstract] 摘要
    [the-comment] 评论
   *[other] 内容
}不能包含换行符或控制字符。
error-field-cannot-contain-control = { $what_key ->
    [the-name] 名称
    [the-summary] 简介
    [the-description] 描述
    [the-city] 城市
    [the-country] 国家/地区
    [the-code-of-conduct] 行为准则
    [the-report] 举报内容
    [the-reason] 原因
    [a-question] 问题
    [an-answer] 回答
    [the-title] 标题
    [the-venue-s-name] 场地名称
    [the-address] 地址
    [how-to-find-us] “如何找到我们”
    [the-question] 问题
    [the-answer] 回答
    [the-talk-s-title] 演讲标题
    [the-speaker-s-name] 演讲者姓名
    [the-abstract] 摘要
    [the-comment] 评论
   *[other] 内容
}不能包含控制字符。
error-field-needs-at-least = { $what_key ->
    [the-name] 名称
    [the-summary] 简介
    [the-description] 描述
    [the-city] 城市
    [the-country] 国家/地区
    [the-code-of-conduct] 行为准则
    [the-report] 举报内容
    [the-reason] 原因
    [a-question] 问题
    [an-answer] 回答
    [the-title] 标题
    [the-venue-s-name] 场地名称
    [the-address] 地址
    [how-to-find-us] “如何找到我们”
    [the-question] 问题
    [the-answer] 回答
    [the-talk-s-title] 演讲标题
    [the-speaker-s-name] 演讲者姓名
    [the-abstract] 摘要
    [the-comment] 评论
   *[other] 内容
}至少需要 { $min } 个字符。
error-field-can-be-at-most = { $what_key ->
    [the-name] 名称
    [the-summary] 简介
    [the-description] 描述
    [the-city] 城市
    [the-country] 国家/地区
    [the-code-of-conduct] 行为准则
    [the-report] 举报内容
    [the-reason] 原因
    [a-question] 问题
    [an-answer] 回答
    [the-title] 标题
    [the-venue-s-name] 场地名称
    [the-address] 地址
    [how-to-find-us] “如何找到我们”
    [the-question] 问题
    [the-answer] 回答
    [the-talk-s-title] 演讲标题
    [the-speaker-s-name] 演讲者姓名
    [the-abstract] 摘要
    [the-comment] 评论
   *[other] 内容
}不能超过 { $max } 个字符。
error-at-most-topics = 最多只能有 { $max } 个主题。
error-at-most-questions = 最多只能有 { $max } 个问题。
error-capacity-is-a-number-of-seats = 名额必须是 1 到 { $max } 之间的数字；留空表示不限。
error-guests-per-rsvp-is-a-number = 每次报名的同行人数必须是 0 到 { $max } 之间的数字。
error-you-can-bring-at-most-guests = 你最多可以带 { $max } 位同行者。
error-a-series-can-have-from = 一个系列可以包含 1 到 { $max } 次聚会。
error-enter-a-number-of-meetups-from = 请输入 1 到 { $max } 之间的聚会次数。
error-the-first-date-must-be-a-weekday = 首个日期必须是{ $weekday_key ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
    [sunday] 星期日
   *[other] { $weekday }
}。
error-the-first-date-must-be-the-last = 首个日期必须是当月的最后一个{ $weekday_key ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
    [sunday] 星期日
   *[other] { $weekday }
}。
error-the-first-date-must-be-an-nth = 首个日期必须是当月的{ $nth_key ->
    [first] 第一个
    [second] 第二个
    [third] 第三个
    [fourth] 第四个
    [last] 最后一个
   *[other] { $nth }
}{ $weekday_key ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
    [sunday] 星期日
   *[other] { $weekday }
}。
error-the-first-date-day-st = 首个日期必须是某月的 { $day } 日。
error-the-first-date-day-nd = 首个日期必须是某月的 { $day } 日。
error-the-first-date-day-rd = 首个日期必须是某月的 { $day } 日。
error-the-first-date-day-th = 首个日期必须是某月的 { $day } 日。
error-the-repeat-rule-must-be-written = 重复规则必须严格写成“{ $rule }”。
error-this-repeat-rule-cannot-be-used = 无法使用此重复规则：{ $reason }
error-the-repeat-rule-could-not-be-read = 无法读取重复规则：“{ $part }”不是 NAME=value 形式的部分。
error-repeat-rules-with-are-not-supported = 不支持包含 { $name } 的重复规则：请使用每周、每月的某个星期几或每月的某一天。
error-the-repeat-rule-names-twice = 重复规则中多次出现 { $name }。
error-repeat-rules-with-freq = 不支持 FREQ={ $freq } 的重复规则：请使用每周或每月重复。
error-at-most-reminders-were-given = 最多只能设置 { $max } 个提醒，但提供了 { $given } 个。
error-reminders-go-out-between = 提醒会在开始前 1 到 { $max } 小时（14 天）之间发送；{ $hours } 小时不在此范围内。
error-you-are-not-a-member-of-named = 你不是“{ $group }”的成员。
error-the-file-is-larger-than = 文件超过了存档允许的最大大小 { $max } MiB。
error-this-is-not-a-zip-file = 这不是 ZIP 文件（{ $reason }）。请选择 Muster 生成的存档。
error-the-zip-has-files = 该 ZIP 包含 { $count } 个文件；小组存档的文件数量要少得多。
error-this-archive-is-version = 此存档的版本为 { $version }；当前 Muster 只能读取版本 { $supported }。请更新 Muster，或重新导出小组。
error-the-address-is-taken-here = 地址 /g/{ $slug } 在本站已被占用。请使用其他地址导入（--slug）。
error-the-meetup-on = { $day } 的聚会：{ $message }
error-this-link-has-already-been-used = 此链接已被使用。{ $again }
error-this-link-has-expired = 此链接已过期。{ $again }
error-this-link-is-not-valid = 此链接无效：可能是输入有误，或已被新链接取代。{ $again }
error-you-are-the-only-organizer-of = 你是 { $groups } 唯一的组织者。删除账号前，请先将其他人设为组织者，或删除该小组。
error-keep-it-under-characters = 请控制在 { $max } 个字符以内。
error-the-organizers-refused-your-request = 小组组织者拒绝了你的申请。你可以从 { $when } 起再次申请；如果他们撤销拒绝，也可以更早申请。
error-the-time-to-refuse-ended = 拒绝期限已于 { $when } 结束；现在由管理员决定。
error-this-request-was-status = 此申请已不再处于待处理状态：{ $status_key ->
    [pending] 它仍在等待处理
    [refused] 它已被组织者拒绝
    [approved] 它已获批准
    [withdrawn] 它已被撤回
    [rejected] 它未获批准
   *[other] 它的状态为“{ $status }”
}。
error-the-organizers-can-refuse-until = 小组组织者可以在 { $when } 之前拒绝此申请。请在此之后再批准。
error-read-and-accept-the-conduct-version = 请先阅读并接受小组当前的行为准则（第 { $version } 版）。
error-accept-version = 请接受第 { $version } 版。
error-not-possible-for-membership = 无法对{ $status_key ->
    [active] 活跃成员
    [pending] 正在等待审核的申请者
    [invited] 已受邀但尚未加入的人
    [banned] 已被封禁的人
   *[other] 成员资格状态为“{ $status }”的人
}执行此操作。
error-only-one-seat-is-left = 只剩 { $free } 个名额了：请少带几位同行者，或不带同行者重新报名。
error-only-seats-are-left = 只剩 { $free } 个名额了：请少带几位同行者，或不带同行者重新报名。
error-the-address-is-too-long = 地址过长：{ $size } KiB，而最多只读取 { $max } KiB。请改为在请求正文中发送较长的数据。
error-the-query-string-is-invalid = 查询字符串无效：{ $reason }
error-the-form-is-invalid = 表单无效：{ $reason }
error-the-request-body-is-larger-than = 请求正文超过 { $max } KiB。
error-the-body-is-not-valid-json-because = 正文不是有效的 JSON：{ $reason }
error-publish-a-draft-with = 请通过 POST /api/v1/events/{ $id }/publish 发布草稿。

## Messages without values that code writes in English.

error-that-is-not-your-current-password = 这不是你当前的密码。
error-ask-for-a-new-link-in-settings = 你可以在账号设置中申请新链接。
error-ask-for-a-new-link-on-reset = 你可以在密码重置页面申请新链接。
error-start-the-change-again = 你可以在账号设置中重新发起更改。
error-that-is-not-the-current-setup-token = 这不是当前的设置令牌。请从服务器日志中复制。
error-the-zip-has-no-archive-json = 该 ZIP 中没有 archive.json：它不是 Muster 小组存档。
error-only-members-of-the-group-can-be-added = 只能添加小组成员。
error-hosts-must-be-members-of-the-group = 主持人必须是小组成员。
error-choose-this-or-following = 请选择 this（此活动）或 following（此活动及系列中之后的活动）。
error-the-start-is-in-the-past-move = 开始时间已经过去：请先调整活动时间，再发布。
error-the-speaker-must-be-a-member = 演讲者必须是小组成员（或者只填写姓名）。
error-give-the-talks-ids = 请提供各个演讲的 ID。
error-list-every-talk-exactly-once = 议程中的每个演讲都必须列出，且只能列出一次。
error-that-person-is-not-part-of-this-group = 此人不属于该小组。
error-that-address-has-had-too-many-emails = 该地址最近收到本站发送的邮件过多。请稍后重试。
error-private-groups-take-members-by-invitation = 私密小组对外部不可见，因此只能通过邀请接收成员。
error-choose-a-language-from-the-list = 请从列表中选择一种语言。
error-that-address-is-taken = 该地址已被占用。请选择其他地址。
error-type-the-groups-name-exactly = 请准确输入小组名称以确认。
error-the-image-is-larger-than-2-mib = 图片大小超过 2 MiB。
error-upload-a-png-jpeg-webp-or-gif = 请上传 PNG、JPEG、WebP 或 GIF 图片。
error-the-image-could-not-be-read = 无法读取图片；它可能已损坏或过大（最大 4096 px）。
error-write-a-subject-of-1-to-150 = 请填写 1 到 150 个字符的主题。
error-write-a-message-of-1-to-10000 = 请填写 1 到 10,000 个字符的消息。
error-choose-all-going-waitlisted-or-not-answered = 请选择 all、going、waitlisted 或 not_answered。
error-choose-the-event-this-audience-answered = 请选择这些收件人所回复的活动。
error-enter-a-valid-email-address-like = 请输入有效的电子邮箱地址，例如 ada@example.org。
error-names-cannot-contain-line-breaks = 名称不能包含换行符或其他控制字符。
error-that-password-is-one-of-the-most-common = 这个密码是最常见的密码之一，很容易被猜到。请换一个。
error-choose-draft-published-or-cancelled = 请选择 draft、published 或 cancelled。
error-choose-going-waitlisted-or-not-going = 请选择 going、waitlisted 或 not_going。
error-answer-yes-or-no = 请回答 yes 或 no。
error-choose-attended-no-show-or-unknown = 请选择 attended、no_show 或 unknown。
error-this-event-does-not-allow-guests = 此活动不允许携带同行者。
error-you-can-bring-at-most-1-guest = 你最多可以带 1 位同行者。
error-this-event-is-not-published-yet = 此活动尚未发布。
error-this-event-was-cancelled = 此活动已取消。
error-this-event-has-already-started = 此活动已经开始。
error-give-a-number-of-hours-from-0 = 请填写 0 到 8760（一年）之间的小时数。
error-use-3-50-lower-case-letters = 请使用 3–50 个小写字母、数字和单个连字符，并以字母开头（例如 pyleeds 或 python-berlin）。
error-enter-a-web-address-up-to-500 = 请输入类似 https://example.org 的网址（最多 500 个字符）。
error-choose-open-or-handled = 请选择 open 或 handled。
error-choose-to-repeat-every-week = 请选择每周重复，或每 2、3、4 周重复一次。
error-choose-the-nth-weekday-of-the-month = 请选择当月的第一个、第二个、第三个、第四个或最后一个星期几。
error-give-the-repeat-rules-value = 请填写重复规则的值，前面不要加“RRULE:”。
error-your-email-address-is-confirmed = 你的电子邮箱地址已确认。
error-if-the-address-has-an-account = 如果该地址对应一个账号，我们已向其发送了设置新密码的链接。
error-follow-the-link-to-the-new-address = 请点击我们发送到新地址的链接进行确认。在此之前，你的地址保持不变。
error-if-the-address-can-be-used = 如果该地址可以使用，我们已向其发送了一封邮件。请点击邮件中的链接确认你的地址。
error-the-api-token-is-invalid = API 令牌无效或已被撤销。
error-this-calendar-link-does-not-exist = 此日历链接不存在或已被替换。请在账号设置中获取新链接。
error-say-whether-the-feed-carries-every = 请指定该订阅是否包含你所在小组的所有活动（true 或 false）。
error-choose-a-member-to-add = 请选择要添加的成员。
error-give-a-time-or-a-number-of-hours = 请填写时间或开始前的小时数，两者只能填一个。
error-enter-a-number-of-seats = 请输入名额数量，留空表示不限。
error-enter-a-number-of-guests-from-0-to-10 = 请输入 0 到 10 之间的同行人数。
error-enter-a-whole-number-of-hours = 请输入整数小时数，或留空。
error-enter-latitude-and-longitude = 请以数字形式输入纬度和经度，例如 53.8008 和 -1.5491。
error-choose-a-weekday = 请选择星期几。
error-choose-the-nth-weekday = 请选择第一个、第二个、第三个、第四个或最后一个星期几。
error-choose-how-the-series-repeats = 请选择系列的重复方式。
error-enter-the-last-date-like = 请输入最后日期，例如 2027-06-30。
error-choose-a-number-of-guests = 请选择同行人数。
error-only-for-changing-capacity = 仅在更改活动名额时使用。
error-choose-refuse-or-waitlist = 请选择 refuse 或 waitlist。
error-series-are-published-as-created = 系列活动在创建时即发布。
error-the-body-must-be-a-json-object = 正文必须是 JSON 对象。
error-this-field-is-required = 此字段为必填项。
error-this-field-is-not-recognised = 无法识别此字段。
error-choose-an-image-to-upload = 请选择要上传的图片。
error-use-organizer-co-organizer = 请使用 organizer、co_organizer、assistant_organizer、event_organizer 或 member。
error-the-address-and-conduct-have-endpoints = 地址和行为准则需要通过各自的端点修改。
error-choose-an-ics-file = 请选择 .ics 文件，或填写日历的地址。
error-enter-the-venues-name = 请输入场地名称。
error-enter-the-talks-title = 请输入演讲标题。
error-enter-the-comment = 请输入评论内容。
error-give-a-domain-name-like-spam-example = 请输入域名，例如 spam.example。
error-pronouns-cannot-contain-control-characters = 人称代词不能包含控制字符。
error-pronouns-can-be-at-most = 人称代词不能超过 { $max } 个字符。
error-enter-a-fediverse-address-like = 请输入类似 @name@mastodon.social 的联邦宇宙地址，或留空。
error-enter-a-github-user-name-like = 请输入类似 octocat 的 GitHub 用户名（字母、数字和单个连字符，最多 39 个字符），或留空。

error-the-photo-is-larger-than-20-mib = 照片超过 20 MiB。
error-upload-a-jpeg-png-or-webp-photo = 请上传 JPEG、PNG 或 WebP 照片。
error-the-photo-could-not-be-read = 无法读取照片；它可能已损坏或过大（最多 5000 万像素）。
error-photos-are-for-meetups-that-took-place = 照片只能添加到已举行的聚会。
error-photos-can-be-added-once-the-meetup-has-started = 聚会开始后才能添加照片。
error-only-people-who-went-can-add-photos = 只有参加了这次聚会的人和组织者可以添加照片。
error-write-a-caption-of-at-most-200-characters = 说明最多 200 个字符。
error-the-groups-photo-storage-is-full = 小组的照片存储空间已满（已用 { $used } / { $quota } MiB）。组织者可以移除照片来腾出空间。
error-only-the-person-who-added-a-photo-can-remove-it = 只有添加照片的人或小组组织者可以移除它。
error-say-what-is-wrong-with-the-photo = 请用 1 到 1000 个字符说明这张照片有什么问题。
error-at-most-20-photos-at-once = 一次最多 20 张照片：请重新添加这一张。
error-choose-one-or-more-photos-to-add = 请选择一张或多张要添加的照片。
error-enter-the-title = 请输入标题。
error-enter-the-text = 请输入正文。
error-organizers-start-discussions = 在这个小组中，由组织者发起讨论，成员可以回复。
error-discussion-locked = 此讨论已锁定，不再接受新回复。
error-only-author-edits = 只有作者本人可以编辑帖子。
error-only-author-or-moderators-remove = 只有作者本人或小组版主可以移除帖子。
error-choose-pin-or-lock = 请选择 pin、unpin、lock 或 unlock。
error-radius-km-is-from-1-to = radius_km 的范围是 1 到 1000。
error-no-place-called-is-known-enter = 找不到名为“{ $place }”的地点：请输入城市（Potsdam 或 Potsdam, Germany）或纬度和经度（52.40,13.07）。
error-within-days-is-from-1-to = within_days 的范围是 1 到 366。
error-enter-a-place = 请输入地点。

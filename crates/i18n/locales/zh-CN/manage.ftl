# 组织者页面：小组设置、成员管理、群发消息、活动表单、参加者、签到、系列活动。

## Group settings

manage-settings-title = 设置
manage-settings-save = 保存设置
manage-language-label = 小组语言
manage-language-hint = 组织者撰写小组页面所用的语言。
manage-language-not-set = 未设置
manage-logo-title = 标志
manage-logo-upload-label = 上传图片
manage-logo-upload-hint = PNG、JPEG、WebP 或 GIF，最大 2 MiB。将缩放为 512 像素。
manage-logo-upload = 上传
manage-history-title = 导入历史记录
manage-history-import-link = 从 iCalendar 文件或地址导入小组的往期活动…
manage-history-placeholders-link = 从 Meetup.com 导入的成员及其认领链接…
manage-conduct-title = 行为准则
manage-conduct-text-label = 正文（Markdown）
manage-conduct-text-hint = 保存即发布新版本；成员在下次报名前需要重新接受。
manage-conduct-publish = 发布新版本
manage-archive-title = 下载小组存档
manage-archive-text = 一个 ZIP 文件，包含小组的全部活动记录：以 JSON 格式保存的活动、演讲、场地和行为准则，一份包含所有活动的日历，以及可在任何浏览器中打开的页面副本。其他 Muster 实例可以导入它。成员只计人数，仅列出允许公开姓名的成员。
manage-archive-download = 下载存档（.zip）
manage-adoption-title = 接管申请
manage-adoption-text = 小组沉寂后，其他人可以申请接管；你会收到邮件通知，并可以拒绝。
manage-adoption-see = 查看申请
manage-delete-title = 删除小组
manage-delete-link = 删除 { $name }…

## The group's fields (creation and settings)

manage-field-name = 小组名称
manage-field-summary = 简介
manage-field-summary-hint = 一句话：谁在聚会、聊什么、多久一次。
manage-field-description = 描述
manage-field-description-hint = Markdown：**粗体**、[链接](https://…)、列表。
manage-field-city = 城市
manage-field-country = 国家/地区
manage-field-lat = 纬度（可选）
manage-field-lat-hint = 用于显示常用场地附近的地图，例如 53.8008。
manage-field-lon = 经度（可选）
manage-field-timezone = 时区
manage-field-timezone-hint = 小组活动的默认时区。
manage-field-topics = 主题
manage-field-topics-hint = 用逗号分隔，例如 python, data science, web。
manage-field-links = 链接（可选）
manage-field-website = 网站
manage-field-chat = 聊天群
manage-field-mailing-list = 邮件列表
manage-field-repository = 代码仓库
manage-field-logo-url = 标志图片地址
manage-field-logo-url-hint = 也可以在小组设置中上传标志。
manage-field-contact-email = 联系邮箱
manage-field-contact-email-hint = 会写入行为准则。默认为你的邮箱。
manage-field-who-can-join = 谁可以加入
manage-field-visibility = 可见性
manage-field-visibility-public = 公开：任何人都能看到小组、活动和成员
manage-field-visibility-private = 私密：只有成员能看到内容（仅限邀请）
manage-field-joining = 加入方式
manage-field-joining-open = 开放：接受行为准则的任何人
manage-field-joining-approval = 需审核：组织者逐一审核申请
manage-field-joining-invite = 仅限邀请
manage-field-questions = 向新成员提的问题（可选）
manage-field-questions-hint = 每行一个，最多 5 个。只有组织者能看到回答。

## Starting a group

manage-new-title = 创建小组
manage-new-intro = 你将成为小组的组织者。系统会添加一份写有你联系方式的标准行为准则，你可以随时编辑。
manage-new-address = 地址
manage-new-address-hint = 小组位于 /g/地址：只能使用小写字母、数字和连字符。
manage-new-create = 创建小组

## Roles

manage-role-organizer = 组织者
manage-role-co-organizer = 联合组织者
manage-role-assistant-organizer = 助理组织者
manage-role-event-organizer = 活动组织者
manage-role-member = 成员

## Managing members

manage-members-title = 管理成员
manage-requests-title = 加入申请
manage-requests-none = 没有待处理的申请。
manage-requests-approve = 批准
manage-requests-decline = 拒绝
manage-invite-title = 邀请他人
manage-invite-email = 邮箱地址
manage-invite-email-hint = 对方会收到一个仅能使用一次的链接，有效期 14 天。
manage-invite-send = 发送邀请
manage-members-heading = 成员
manage-members-write = 给所有成员发消息
manage-members-name = 姓名
manage-members-role = 角色
manage-members-actions = 操作
manage-members-hidden = 已隐藏
manage-members-role-of = { $name } 的角色
manage-members-change = 更改
manage-members-remove = 移除
manage-members-reason = 原因
manage-members-reason-placeholder = 原因（可选）
manage-members-ban = 封禁
manage-banned-title = 已封禁
manage-banned-lift = 解除封禁

## The member list

manage-list-title = 成员
manage-list-you-hidden = 你已从公开成员列表中隐藏。
manage-list-you-shown = 你会显示在成员列表中。
manage-list-show-me = 显示我
manage-list-hide-me = 隐藏我
manage-list-in-archive = 组织者下载小组存档时，会包含你的姓名和出席记录。
manage-list-not-in-archive = 小组存档会把你计入人数，但不会列出你的姓名。
manage-list-leave-archive = 不在存档中列出我的姓名
manage-list-join-archive = 在存档中列出我的姓名

## Writing to members

manage-compose-title = 给成员发消息
manage-compose-hint = 关闭了组织者消息的成员不会收到。每个小组每天最多可发送 5 条消息。
manage-compose-preview-title = 预览
manage-compose-preview-to = 发给 { $count } 人
manage-compose-preview-to-about = 发给 { $count } 人，关于 { $event }
manage-compose-to = 收件人
manage-compose-to-all = 所有成员
manage-compose-to-going = { $event }（{ $date }）的参加者
manage-compose-to-waitlisted = { $event }（{ $date }）的候补名单
manage-compose-to-not-answered = 尚未回复 { $event }（{ $date }）的成员
manage-compose-subject = 主题
manage-compose-message = 消息
manage-compose-body-hint = 纯文本。每封邮件都会附上小组链接，以及一键退订此类消息的方式。
manage-compose-body-hint-event = 纯文本。每封邮件都会附上小组和活动的链接，以及一键退订此类消息的方式。
manage-compose-preview = 预览
manage-compose-send = 发送
manage-compose-sent = 你的消息正在发送给 { $count } 人。

## Event forms

manage-event-new-series = 新系列
manage-event-new-event = 新活动
manage-event-schedule-series-title = 安排周期性系列活动
manage-event-schedule-event-title = 安排活动
manage-event-series-intro = 请填写第一次聚会；之后的聚会按下面的规则生成，每一次都是可单独报名的正式活动。未来 90 天内的聚会现在创建，之后的会随时间陆续创建。
manage-event-fields-need-attention = 部分字段需要修改：请查看下方提示。
manage-event-schedule-series = 安排系列活动
manage-event-schedule-event = 安排活动
manage-event-edit-title-short = 编辑
manage-event-edit-title = 编辑活动
manage-event-overflow-legend = 名额少于已报名人数时
manage-event-seats-taken = 目前已占 { $count } 个名额。
manage-event-overflow-label = 如果名额少于已占名额，将最新的报名移到候补名单
manage-event-apply-to = 应用于
manage-event-scope-this = 仅此活动
manage-event-scope-following = 此活动及系列中之后的活动
manage-event-save = 保存活动
manage-event-field-title = 标题
manage-event-field-when = 时间
manage-event-field-starts = 开始
manage-event-field-ends = 结束
manage-event-field-timezone-hint = 开始和结束时间均以此时区为准。
manage-event-field-where = 地点
manage-event-field-venue = 场地
manage-event-field-venue-hint = 纯线上活动请将场地留空。
manage-event-field-address = 地址
manage-event-field-directions = 如何找到我们
manage-event-field-lat = 纬度（可选）
manage-event-field-lat-hint = 用于地图链接，例如 53.8008。
manage-event-field-lon = 经度（可选）
manage-event-field-lon-hint = 例如 -1.5491。
manage-event-field-online-url = 线上链接（可选）
manage-event-field-online-url-hint = 仅对报名参加的人和组织者显示。
manage-event-field-rsvps = 报名
manage-event-field-capacity = 名额
manage-event-field-capacity-hint = 留空：不限。同行者也占名额。
manage-event-field-guest-limit = 每次报名可带同行者
manage-event-field-rsvp-opens = 报名开始（开始前多少小时）
manage-event-field-rsvp-opens-hint = 留空：立即开放。
manage-event-field-rsvp-closes = 报名截止（开始前多少小时）
manage-event-field-rsvp-closes-hint = 留空：活动开始时。
manage-event-field-rsvp-question = 向报名者提的问题（可选）
manage-event-field-rsvp-question-hint = 例如：有饮食方面的需求吗？只有组织者能看到回答。
manage-event-field-hosts = 主持人（最多 5 位）
manage-event-field-options = 选项
manage-event-field-draft = 保存为草稿（发布前只有组织者能看到）
manage-event-field-announce-series = 每次聚会前两周通过邮件通知成员
manage-event-field-announce = 通过邮件通知成员
manage-event-field-reminders = 向参加者发送提醒

## Repeating series

manage-repeat-legend = 重复
manage-repeat-weekly = 每周
manage-repeat-every = 间隔
manage-repeat-week = 每周
manage-repeat-weeks = 每 { $count } 周
manage-repeat-monthly-nth = 每月的某个星期几（“每月第三个星期三”）
manage-repeat-which = 第几个
manage-repeat-as-first-date = 与第一次相同
manage-repeat-weekday = 星期几（每周以及每月的某个星期几）
manage-repeat-monthly-day = 每月的某一天
manage-repeat-day = 日期
manage-repeat-day-hint = 1–31；留空：与第一次的日期相同。没有这一天的月份将跳过。
manage-repeat-end-count = 在若干次聚会后结束
manage-repeat-count = 次数
manage-repeat-end-until = 在某个日期结束
manage-repeat-until = 最后日期
manage-repeat-weekday-mon = 星期一
manage-repeat-weekday-tue = 星期二
manage-repeat-weekday-wed = 星期三
manage-repeat-weekday-thu = 星期四
manage-repeat-weekday-fri = 星期五
manage-repeat-weekday-sat = 星期六
manage-repeat-weekday-sun = 星期日
manage-repeat-nth-1 = 第一个
manage-repeat-nth-2 = 第二个
manage-repeat-nth-3 = 第三个
manage-repeat-nth-4 = 第四个
manage-repeat-nth-minus1 = 最后一个

## Cancelling an event

manage-cancel-title-short = 取消
manage-cancel-title = 取消活动
manage-cancel-intro = 活动仍会保留在列表中，标记为已取消并附上你的原因，让成员了解发生了什么。
manage-cancel-reason = 原因
manage-cancel-scope-following = 此活动及之后的活动（系列结束）
manage-cancel-keep = 保留活动

## Attendees

manage-attendees-title = 参加者
manage-attendees-csv = 下载 CSV
manage-attendees-write = 给参加者发消息
manage-attendees-question = 所提问题：“{ $question }”
manage-attendees-seats-of = 已占 { $taken } / { $capacity } 个名额（含同行者）。
manage-attendees-seats-no-limit = 已占 { $taken } 个名额（含同行者）；不限名额。
manage-attendees-going = 参加（{ $count }）
manage-attendees-going-none = 暂时还没有人。
manage-attendees-guests = 同行者
manage-attendees-answer = 回答
manage-attendees-came = 已到场
manage-attendees-no-show = 未到场
manage-attendees-no-shows = 缺席次数
manage-attendees-move-to = 移到
manage-attendees-waitlist = 候补名单（{ $count }）
manage-attendees-waitlist-none = 没有人在候补。
manage-attendees-waitlist-hint = 按顺序：有空位时，第一位符合条件的人获得名额。
manage-attendees-not-going = 不参加（{ $count }）
manage-attendees-not-going-none = 没有人表示不参加。
manage-attendees-add-title = 添加成员
manage-attendees-add-none = 所有成员都已回复。
manage-attendees-add-member = 成员
manage-attendees-add-as = 身份
manage-attendees-status-going = 参加
manage-attendees-status-waitlisted = 候补
manage-attendees-status-not-going = 不参加
manage-attendees-add = 添加

## Check-in

manage-checkin-title = 签到
manage-checkin-count = { $count } 人中 { $here } 人已到
manage-checkin-none = 还没有人报名参加。
manage-checkin-guests = +{ $count } 位同行者
manage-checkin-here = 已到
manage-checkin-no-show = 未到场
manage-checkin-not-checked-in = 未签到
manage-checkin-undo = 撤销
manage-checkin-undo-for = （{ $name }）
manage-checkin-for = ：{ $name }

## A series' page

manage-series-title = 周期性系列活动
manage-series-times-in = 时间以 { $zone } 为准。
manage-series-ended = 已结束
manage-series-upcoming = 即将举行
manage-series-upcoming-none = 此系列没有即将举行的聚会。
manage-series-hint = 聚会最多提前 90 天显示在这里。
manage-series-past = 往期

## Deleting a group

manage-delete-group-title = 删除 { $name }
manage-delete-keep-history = <strong>请先保存小组的历史记录：</strong><a href="/g/{ $slug }/settings/export" download>下载小组存档</a>（活动、演讲、日历和页面副本），以便留存或迁移到别处。
manage-delete-intro = 小组将对所有人从网站上消失。{ $instance } 的管理员可以在 30 天内连同活动一起恢复它。请输入小组名称和你的密码以确认。
manage-delete-confirm-name = 小组名称
manage-delete-password = 你的密码

## Audit log

manage-audit-title = 审计日志
manage-audit-empty = 暂无记录。
manage-audit-when = 时间（UTC）
manage-audit-who = 操作者
manage-audit-what = 操作
manage-audit-whom = 对象
manage-audit-details = 详情

## Conduct reports

manage-reports-title-short = 举报
manage-reports-title = 行为准则举报
manage-reports-intro = 仅负责管理的组织者可见。关于你的举报只会显示给其他组织者，不会显示给你。
manage-reports-none = 没有举报。
manage-reports-from = 举报人：{ $name }
manage-reports-about = 被举报人：{ $name }
manage-reports-about-organizer = 被举报人：{ $name }（组织者）
manage-reports-former-member = 前成员
manage-reports-not-named = 未注明
manage-reports-status-open = 待处理
manage-reports-status-handled = 已处理
manage-reports-mark-handled = 标记为已处理

## Adopting a group

manage-adopt-title = 接管 { $name }
manage-adopt-waiting-admin = 你的申请正在等待 { $instance } 的管理员批准。
manage-adopt-waiting-organizers = 你的申请正在等待小组组织者处理，他们可以在 { $date } 之前拒绝。之后由 { $instance } 的管理员决定。
manage-adopt-withdraw = 撤回我的申请
manage-adopt-refused = 组织者拒绝了你上次的申请。
manage-adopt-refused-reason = 组织者拒绝了你上次的申请：{ $reason }。
manage-adopt-ask-again = 你可以从 { $date } 起再次申请；如果他们撤销拒绝，也可以更早申请。
manage-adopt-declined = 你上次的申请未获批准。
manage-adopt-declined-reason = 你上次的申请未获批准：{ $reason }。
manage-adopt-approved = 你的申请已获批准：你现在是这个小组的组织者。
manage-adopt-intro = 这个小组已经沉寂，或者在本站还没有人负责。你可以申请接管，成为它的组织者之一。现任组织者（如有）会收到邮件并可以拒绝；之后由 { $instance } 的管理员决定。小组过去的一切都会保持原样。
manage-adopt-message = 你是谁？你对这个小组有什么计划？
manage-adopt-message-hint = 组织者和管理员会阅读这些内容。
manage-adopt-ask = 申请接管这个小组
manage-adopt-active = 这个小组仍很活跃，因此无法接管。你可以加入它，或与组织者沟通。
manage-adoption-requests-title = 接管 { $name } 的申请
manage-adoption-requests-intro = 由于小组已经沉寂，有人申请接管。如果你仍在负责这个小组，请在显示的日期前拒绝；之后 { $instance } 的管理员可以批准申请，对方将与你一起担任组织者。
manage-adoption-requests-none = 没有待处理的申请。
manage-adoption-asked-refuse-until = 申请于 { $asked } · 你可以在 { $until } 之前拒绝
manage-adoption-asked-refuse-over = 申请于 { $asked } · 拒绝期限已过
manage-adoption-refuse-reason = 原因（可选；会发送给对方）
manage-adoption-refuse = 拒绝申请
manage-adoption-refused-title = 已拒绝的申请
manage-adoption-refused-intro = 被你拒绝的人在显示的日期之前不能再次申请。撤销拒绝后，对方可以立即申请。
manage-adoption-asked-refused = 申请于 { $asked } · 已拒绝；可从 { $until } 起再次申请
manage-adoption-lift = 撤销拒绝

## Importing a calendar

manage-import-title-short = 导入日历
manage-import-title = 导入旧日历
manage-import-intro = 从 iCalendar（.ics）文件或地址导入小组的历史记录。每个带 UID 的活动都会成为小组的活动，包括往期活动；再次导入会更新它们，而不会重复添加。不会向任何人发送邮件。
manage-import-file = 上传 .ics 文件
manage-import-file-hint = UTF-8，最大 5 MiB。
manage-import-url = 或填写其地址
manage-import-url-hint = 公网上的 http:// 或 https:// 地址。
manage-import-dry-run = 只报告将会发生什么
manage-import-submit = 导入
manage-import-would-do = 导入将会执行的操作
manage-import-did = 导入已执行的操作
manage-import-counts = 新建 { $created } 个，更新 { $updated } 个，未变 { $unchanged } 个，跳过 { $skipped } 个。
manage-import-created = 新建
manage-import-updated = 已更新
manage-import-skipped = 已跳过
manage-import-notes = 说明
manage-import-line = 第 { $line } 行，{ $what }：{ $reason }

## People imported from Meetup

manage-placeholders-title-short = 从 Meetup 导入
manage-placeholders-title = 从 Meetup.com 导入
manage-placeholders-intro = 来自小组 Meetup 导出数据的成员。在他们通过个人链接认领自己的历史记录之前，他们在这里没有账号：请你亲自把链接发给每个人（Meetup 没有提供邮箱地址）。新链接会取代旧链接。
manage-placeholders-fresh = <strong>{ $name }</strong> 的认领链接（仅显示一次）：
manage-placeholders-link-for = { $name } 的认领链接
manage-placeholders-none = 尚未导入任何人：请使用 <code>muster import meetup-members</code>。
manage-placeholders-meetup-id = Meetup ID
manage-placeholders-attended = 参加过的聚会
manage-placeholders-member-list = 成员名单
manage-placeholders-status = 状态
manage-placeholders-listed = 是
manage-placeholders-attendee-lists-only = 仅在参加者名单中
manage-placeholders-new-link = 新认领链接
manage-placeholders-link = 认领链接
manage-placeholders-claimed = 已认领
manage-placeholders-link-sent = 链接已发送
manage-placeholders-no-link = 尚无链接
manage-followers-title = 联邦宇宙中的关注者
manage-followers-how = Mastodon、Mobilizon 等服务器上的用户以 { $handle } 关注本小组，并看到每场新的聚会。
manage-followers-none = 还没有人从联邦宇宙关注本小组。
manage-followers-remove = 移除

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = 小组数据
numbers-intro = 小组的情况：成员、报名和实际到场的人，以及关闭邮件的人。
numbers-csv = 以 CSV 下载所有聚会
numbers-members-now = 当前成员
numbers-no-show-rate = 缺席率
numbers-new-returning = 新 / 回头参加者
numbers-busiest = 最热门的时间
numbers-members-title = 成员变化
numbers-members-caption = 截至每月底已加入的当前成员。
numbers-month = 月份
numbers-members = 成员
numbers-events-title = 最近的聚会
numbers-events-caption = 报名的人，以及在门口登记到场的人。
numbers-no-events = 还没有举办过聚会。
numbers-date = 日期
numbers-meetup = 聚会
numbers-going = 报名
numbers-came = 到场
numbers-no-shows = 缺席
numbers-new = 首次
numbers-weekdays-title = 按星期
numbers-weekdays-caption = 按聚会所在时区的星期统计的平均报名人数。
numbers-weekday-column = 星期
numbers-meetups = 聚会
numbers-average-going = 平均报名
numbers-email-title = 已关闭的邮件
numbers-off-announcements = 不接收新聚会通知的成员
numbers-off-reminders = 不接收提醒的成员
numbers-off-messages = 不接收组织者消息的成员
numbers-off-all = 除账户安全外关闭所有邮件的成员
numbers-no-check-ins = 还没有签到记录
numbers-not-yet = 尚不清楚
numbers-percent = { $value }%
numbers-weekday = { $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
numbers-busiest-at = { $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
} { $time }

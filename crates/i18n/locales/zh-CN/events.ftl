# 活动的公开页面：标题、报名框、时间地点、议程和评论；组织者页面共用的页头和议程编辑。
event-meta-description = { $title }：{ $when }，由 { $group } 举办。
event-breadcrumb-label = 导航路径
event-breadcrumb-events = 活动
event-when-mine = 按你所在时区（{ $zone }）：{ $when }
event-cancel-why = 原因：
event-moved-from = 时间已变更，原定于 { $when }。
event-announce-planned = 将于 { $when } 通过电子邮件通知成员。

## 组织者工具
event-tools-label = 组织者工具
event-tool-page = 活动页面
event-tool-edit = 编辑
event-tool-attendees = 参加者
event-tool-write = 给参加者发消息
event-tool-checkin = 签到
event-tool-agenda = 议程
event-publish = 发布
event-delete-draft = 删除草稿
event-rsvps-reopen = 重新开放报名
event-rsvps-close = 关闭报名
event-announce = 通知成员
event-announce-now = 立即通知
event-cancel = 取消活动

## 报名框
event-details-label = 活动详情
event-cancelled-title = 本活动已取消
event-cancelled-nobody = 活动不再举行，无需作答。
event-cancelled-had-said = 此前有 { $count } 人报名参加。
event-cancelled-kept = 你的回复将保留作为记录。
event-rsvp-title = 你会参加吗？
event-count-going = <strong>{ $count }</strong> 人参加
event-count-went = <strong>{ $count }</strong> 人参加了
event-count-waiting = <strong>{ $count }</strong> 人候补
event-seats-taken = 已报名 { $taken } / { $capacity } 个名额
event-full-yours = 名额已满，其中包括你的名额。
event-full-waiting-at = 名额已满；你是候补第 { $position } 位。
event-full-waiting = 名额已满；你在候补名单中。
event-rsvp-login = 登录后报名
event-rsvp-verify = 请先验证你的电子邮件地址再报名：点击我们发给你的链接。
event-rsvp-pending = 你加入 { $group } 的申请正在等待组织者审核。成为成员后即可报名。
event-rsvp-invite = 本小组仅通过邀请接收新成员。成员可以报名。
event-rsvp-join = 加入小组后报名
event-rsvp-conduct = 小组的行为准则已更新。请<a href="/g/{ $slug }/conduct">阅读并接受行为准则</a>后报名。
event-rsvp-guests = 随行人数
event-rsvp-answer-hint = 只有组织者能看到你的回答。
event-rsvp-no = 不，我去不了
event-rsvp-no-after-all = 我还是去不了了

## 时间和地点
event-when-where = 时间和地点
event-times-in = 时间以 { $zone } 时区显示。
event-series = 属于一个定期活动系列
event-directions-label = 如何到达：
event-map = 地图（OpenStreetMap）
event-online = 线上：
event-online-hidden = 也可线上参加：链接仅向已报名的人显示。
event-calendar-title = 添加到日历
event-calendar-ics = 下载（.ics）
event-calendar-google = Google 日历
event-calendar-outlook = Outlook.com
event-hosts = 主持人
event-going-title = 谁会参加
event-going-people = { $count } 人
event-going-others = 以及其他 { $count } 人

## 简介、议程、评论
event-about = 关于本活动
event-agenda = 议程
event-talk-lightning = 闪电演讲
event-talk-standby = 候补
event-talk-slides = 幻灯片
event-talk-video = 视频
event-comments = 评论
event-comments-none = 还没有评论。
event-comment-remove = 删除
event-comment-add = 发表评论
event-comment-post = 发布评论
event-comment-login = <a href="{ $href }">登录</a>后参与讨论。
event-comment-members = 成员可以评论。
event-comment-former-member = 一位前成员
event-comment-removed-author = 已被作者删除。
event-comment-removed-organizer = 已被组织者删除。

## 议程编辑
event-talks-none = 还没有演讲。在下方添加第一个。
event-talks-lightning = 闪电
event-talks-up = 上移
event-talks-down = 下移
event-talks-edit = 编辑
event-talks-delete = 删除
event-talks-add-title = 添加演讲
event-talks-edit-title = 编辑演讲
event-talks-field-title = 标题
event-talks-field-speaker = 演讲者
event-talks-field-speaker-hint = 按议程中显示的名字填写。
event-talks-field-account = 演讲者的账号（可选）
event-talks-field-account-none = 不是成员，或不关联
event-talks-field-abstract = 摘要
event-talks-field-abstract-hint = 支持 Markdown。
event-talks-field-slides = 幻灯片（链接）
event-talks-field-video = 视频（链接）
event-talks-field-lightning = 闪电演讲
event-talks-field-standby = 候补（有人退出时上场）
event-talks-add = 添加演讲
event-talks-save = 保存演讲
event-talks-back = 返回议程

## 报名框中你的回复
event-mine-had-going = 你此前已报名参加。
event-mine-had-waiting = 你此前在候补名单中。
event-mine-had-not-going = 你此前回复了不能参加。
event-mine-going = 你会参加。
event-mine-going-guests = 你会参加，并带 { $count } 位随行人员。
event-mine-waiting-at = 你是候补第 { $position } 位。
event-mine-waiting = 你在候补名单中。
event-mine-not-going = 你不参加。
event-rsvp-update = 修改我的报名
event-rsvp-join-waitlist = 加入候补名单
event-rsvp-yes = 是的，我会参加
event-comment-when = { $date } { $time } { $zone }
event-going-members-see = 小组成员可以看到谁会参加。

photos-title = 照片
photos-none = 还没有照片。
photos-none-yet = 还没有照片。你参加了吗？来添加你的照片吧。
photos-all = 查看全部 { $count } 张照片，或添加你的照片
photos-add-link = 添加照片
photos-add-title = 添加你的照片
photos-caption = 说明（可选，用于本次上传的所有照片）
photos-caption-hint = 一行，最多 200 个字符。它也会向看不到照片的人描述照片。
photos-files = 照片
photos-files-hint = JPEG、PNG 或 WebP，每张最多 20 MiB，一次最多 { $count } 张。位置和相机信息会被移除。
photos-upload = 添加照片
photos-login = 登录后添加你的照片
photos-alt = { $event } 的照片
photos-by = 由 { $name } 上传
photos-remove = 移除
photos-report = 举报
photos-report-reason = 这张照片有什么问题？
photos-report-send = 提交举报
photos-added-count = 已添加 { $count } 张照片。
photos-refused-count = 有 { $count } 个文件未添加：
photos-recent-title = 最近的照片
photos-recent-alt = 小组一次聚会的照片
photos-storage-title = 存储空间
photos-storage-used = { $count } 张照片占用了小组 { $quota } MiB 中的 { $used } MiB。
photos-storage-hint = 每张照片以最大 2048 px 保存，并附一张缩略图。存储空间满后，新照片会被拒绝，直到移除一些照片。
photos-reported-title = 被举报的照片
photos-reported-none = 没有人举报照片。
photos-reported-reasons = { $count } 条举报
photos-keep = 保留照片

## What is on near a place (/events)
events-near-title = 你附近的聚会
events-near-when = 时间
events-near-days = 未来 { $count } 天
events-near-count-place = { $place } { $km } 公里内有 { $count } 场聚会
events-near-count = { $km } 公里内有 { $count } 场聚会
events-near-empty = 附近还没有安排。试试更大的范围或更多天数。
events-near-ask = 输入城市或坐标，只看附近的。
events-near-count-anywhere = 即将举行 { $count } 场聚会。

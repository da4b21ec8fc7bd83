# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = 结识身边用 Python 做开发的人。
home-lede = { $instance } 是本地用户组的家园：找到一个小组，加入它，并报名参加下一次聚会。组织者可以一直保留他们的成员、日程和历史记录，想保留多久都可以。
home-find-group = 查找小组
home-mine-title = 你即将参加的活动
home-mine-empty = 你还没有报名参加任何活动。可以在下方找一场聚会，或者<a href="/groups">查找小组</a>。
home-upcoming-title = 即将举行的聚会
home-upcoming-empty = 目前还没有安排聚会。小组发布活动后，最近的几场会显示在这里。

## Error page

error-home-link = 返回首页
error-not-found = 页面不存在
error-forbidden = 无权访问
error-unauthorized = 请先登录
error-too-many-requests = 请慢一点
error-uri-too-long = 地址过长
error-server = 出错了
error-other = 操作未成功

## Group directory

group-directory-title = 查找小组
group-directory-search = 搜索
group-directory-search-placeholder = Python、数据、北京…
group-directory-city = 城市
group-directory-country = 国家/地区
group-directory-topic = 主题
group-directory-order = 排序
group-directory-order-best = 最佳匹配
group-directory-order-next = 最近聚会优先
group-directory-active = 仅显示活跃小组
group-directory-near = 附近
group-directory-near-hint = 城市，或纬度, 经度
group-directory-radius = 范围
group-directory-radius-km = { $km } 公里
group-directory-order-distance = 距离最近优先
group-directory-distance = 距离 { $km } 公里
group-directory-count-near-place = { $place } { $km } 公里内有 { $count } 个小组
group-directory-count-near = { $km } 公里内有 { $count } 个小组
group-directory-count = 共 { $count } 个小组。
group-directory-count-matching = 共 { $count } 个小组与“{ $query }”匹配。
group-directory-empty = 没有找到小组。请尝试减少搜索词。
group-directory-empty-create = 没有找到小组。请尝试减少搜索词，或者<a href="/groups/new">创建小组</a>。
group-directory-dormant = 已休眠
group-directory-next = 下次聚会 { $date }
group-directory-no-next = 暂无聚会安排
group-directory-last = 上次 { $date }
group-directory-topics = 主题
group-directory-pages = 分页
group-directory-previous = ← 上一页
group-directory-page = 第 { $page } 页，共 { $pages } 页
group-directory-next-page = 下一页 →
group-directory-start = 创建小组

## Group header, on every group page

group-members-count = { $count } 名成员
group-logo-alt = { $name } 的标志
group-private = 私密小组
group-needs-conduct = 有新的行为准则需要接受
group-unclaimed-title = 未认领的条目。
group-unclaimed-text = 此条目来自{ $source }；目前还没有人在本站运营它。
group-source-wiki = python.org 本地用户组列表
group-dormant-title = 休眠小组。
group-dormant-since = 自 { $month }以来没有活动。它做过的一切都保留在这里——往期活动、演讲和日历订阅。
group-dormant-never = 还没有活动。它做过的一切都保留在这里——往期活动、演讲和日历订阅。
group-adopt = 申请接管此小组
group-tabs = 小组
group-tab-about = 简介
group-tab-events = 活动
group-tab-members = 成员
group-tab-conduct = 行为准则
group-tab-settings = 设置
group-tab-manage = 管理成员
group-tab-reports = 举报
group-tab-audit = 审计日志

## Group page

group-feed-news-title = { $name }：动态订阅
group-feed-calendar-title = { $name }：日历
group-upcoming-title = 即将举行的聚会
group-new-event = 新建活动
group-upcoming-empty = 目前还没有安排聚会。
group-upcoming-empty-organizer = 目前还没有安排聚会。点击“新建活动”安排下一场吧。
group-all-events = 全部活动
group-recent-title = 最近的聚会
group-past-empty = 还没有往期聚会。
group-about-title = 简介
group-details = 小组详情
group-membership-title = 成员资格
group-member-you = 你是本组成员。
group-member-you-role = 你是本组成员（{ $role }）。
group-member-emails = 来自此小组的邮件
group-accept-conduct = 接受新的行为准则
group-leave = 退出小组
group-pending = 你的加入申请正在等待组织者审核。
group-withdraw = 撤回申请
group-banned = 你无法参与此小组。
group-invite-only = 此小组仅通过邀请接收新成员。
group-ask-to-join = 申请加入
group-join-this = 加入此小组
group-organizers-title = 组织者
group-all-members = 全部 { $count } 名成员
group-more-title = 更多
group-link-website = 网站
group-link-chat = 聊天
group-link-mailing-list = 邮件列表
group-link-code = 代码
group-subscribe-title = 订阅
group-subscribe-text = 在你的日历应用或订阅阅读器中关注此小组的聚会。
group-subscribe-webcal = 在日历应用中订阅
group-subscribe-ics = 日历订阅（iCal）
group-subscribe-atom = 动态订阅（Atom）
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">使用你的私人日历订阅</a>：一个只属于你的链接，包含你要参加的活动。
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">使用你的私人日历订阅</a>：一个只属于你的链接，包含你要参加的活动——你的日历应用也可以在那里关注此小组的活动。
group-conduct-link = <a href="{ $href }">行为准则</a>（第 { $version } 版）
group-report-link = <a href="{ $href }">举报问题</a>——私下提交给组织者。
group-role-organizer = 组织者
group-role-co-organizer = 联合组织者
group-role-assistant-organizer = 助理组织者
group-role-event-organizer = 活动组织者
group-role-member = 成员

## Joining

group-join-title = 加入 { $name }
group-ask-title = 申请加入 { $name }
group-join-conduct = 行为准则
group-join-accept = 我已阅读行为准则（第 { $version } 版），并会遵守。
group-join-review = 组织者会审核申请。
group-join-review-answers = 组织者会审核申请，并查看你的回答。
group-join-send-request = 发送申请
group-join-button = 加入
group-join-tick-box = 请勾选复选框以接受行为准则。

## Code of conduct

group-conduct-title = 行为准则
group-conduct-heading = 行为准则，第 { $version } 版
group-conduct-version = 第 { $version } 版，{ $date }
group-conduct-changed = 自你接受以来，行为准则已有更新。请阅读后接受，以便继续报名活动。
group-conduct-accept = 我接受第 { $version } 版
group-conduct-history = 历史版本

## Reporting a concern

group-report-title = 举报问题
group-report-intro = 你的举报会私下发送给 { $name } 的组织者；如果涉及组织者，也会发送给本站管理员。举报永远不会公开，被举报的人也不会得知是谁举报的。
group-report-who = 举报对象是谁？（可选）
group-report-someone-else = 其他人，或者我想自己描述
group-report-describe = 或者描述对方是谁（可选）
group-report-what = 发生了什么？
group-report-send = 提交举报

## A group's events

group-events-title = 活动
group-new-series = 新建系列
group-events-upcoming = 即将举行
group-events-past = 往期
group-events-no-more-past = 没有更多往期聚会了。
group-events-past-nav = 往期活动
group-events-newer = 较新
group-events-page = 第 { $page } 页
group-events-older = 较早

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count } 人参加
group-card-badge-draft = 草稿
group-card-badge-cancelled = 已取消
group-card-badge-live = 正在进行
group-card-badge-closed = 报名已截止
group-card-badge-full = 名额已满
group-card-mine-going = 你会参加
group-card-mine-waitlisted = 在候补名单中
group-move-going = 参加
group-move-waitlist = 候补
group-move-not-going = 不参加
group-fediverse-follow = 从 Mastodon 或任何联邦宇宙服务器关注：{ $handle }
group-fediverse-followers = { $count } 位关注者
group-tab-numbers = 数据

group-tab-photos = 照片

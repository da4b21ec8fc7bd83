claim-title = 是你吗？
claim-signed-in = 此链接属于 Meetup.com 上 { $group } 的 { $name }，曾参加该小组 { $count } 次聚会。认领后，你将成为 { $group } 的成员，这些聚会会加入你的账户。
claim-visitor = 此链接属于 Meetup.com 上 { $group } 的 { $name }，曾参加该小组 { $count } 次聚会。请登录（或注册）以认领这段历史记录。
claim-button = 是我：认领我的历史记录
claim-log-in = 登录后认领

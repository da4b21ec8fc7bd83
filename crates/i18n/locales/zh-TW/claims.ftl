claim-title = 是您嗎？
claim-signed-in = 此連結屬於 Meetup.com 上 { $group } 的 { $name }，曾參加該社群 { $count } 次聚會。認領後，您將成為 { $group } 的成員，這些聚會會加入您的帳號。
claim-visitor = 此連結屬於 Meetup.com 上 { $group } 的 { $name }，曾參加該社群 { $count } 次聚會。請登入（或註冊）以認領這段歷史紀錄。
claim-button = 是我：認領我的歷史紀錄
claim-log-in = 登入後認領

# The site's frame: header, navigation, footer, shared words.
site-description = { $instance } 上的本地小组及其聚会。
site-skip-to-content = 跳到主要内容
site-nav-label = 主导航
site-find-group = 查找小组
site-events-near = 附近活动
site-start-group = 创建小组
site-admin = 管理
site-log-out = 退出登录
site-log-in = 登录
site-sign-up = 注册
site-confirm-email = 请确认你的电子邮箱地址：点击我们发给你的链接即可。
site-send-new-link = 重新发送链接
site-footer = { $instance } 基于 <a href="https://example.invalid/muster">Muster</a> 运行，这是一款面向本地小组的自由软件。小组的历史始终属于你们自己。
site-language = 语言
site-language-change = 切换

## Maps
map-groups-label = 这些小组的地图
map-events-label = 这些聚会的地图
map-label = 地图
near-locate = 使用我的位置
near-locate-refused = 无法获取你的位置：请输入城市。

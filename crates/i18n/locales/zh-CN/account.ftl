# 账号页面：登录、注册、密码、设置、邮件设置、删除账号、令牌和日历订阅，以及首位管理员的初始设置。

## 通用
account-field-email = 电子邮件地址
account-field-password = 密码
account-field-your-name = 你的名字
account-password-hint = 至少 8 个字符。
account-back-to-settings = 返回设置
account-check-inbox = 请查收邮件
account-settings-link = 账号设置

## 登录
account-login-title = 登录
account-login-button = 登录
account-login-forgot = 忘记密码？
account-login-new = 第一次来？<a href="/account/signup">创建账号</a>。

## 注册
account-signup-page-title = 注册
account-signup-title = 创建你的账号
account-signup-intro = 加入本地小组，报名参加聚会，并接收提醒。已有账号？<a href="/account/login">登录</a>。
account-signup-name-hint = 会向你加入的小组显示。
account-signup-password-hint = 至少 8 个字符。几个互不相关的词组合起来就很好。
account-signup-button = 创建账号
account-signup-sent = 如果该地址可以使用，我们已向其发送了一封邮件。请点击邮件中的链接验证你的地址，然后登录。
account-signup-log-in = 登录

## 邮件中的链接
account-verify-title = 验证你的电子邮件地址
account-verify-message = 点击按钮，确认此地址属于你。
account-verify-button = 验证我的电子邮件地址
account-email-confirm-title = 验证你的新电子邮件地址
account-email-confirm-message = 点击按钮，让你的账号改用此地址。
account-email-confirm-button = 验证新地址
account-email-changed-title = 电子邮件地址已更改
account-email-changed-message = 你的账号现在使用新地址。

## 重置密码
account-reset-request-title = 重置密码
account-reset-request-intro = 输入你注册时使用的地址。我们会给你发送一个设置新密码的链接。
account-reset-request-button = 给我发送链接
account-reset-sent = 如果该地址有对应的账号，我们已向其发送了设置新密码的链接。链接在一小时内有效。
account-reset-title = 设置新密码
account-reset-intro = 设置后，所有登录了你账号的设备都会退出登录。
account-reset-field = 新密码
account-reset-button = 设置新密码

## 设置
account-settings-title = 账号设置
account-profile = 个人资料
account-field-name = 名字
account-field-bio = 个人简介
account-optional = （可选）
account-field-timezone = 时区
account-timezone-hint = 时间按活动所在时区显示，并附上你所在时区的时间。
account-field-language = 语言
account-language-browser = 跟随浏览器
account-profile-save = 保存个人资料
account-email-title = 电子邮件地址
account-email-confirmed = 你的地址是 <strong>{ $address }</strong>（已验证）。
account-email-unconfirmed = 你的地址是 <strong>{ $address }</strong>（<em>尚未验证</em>）。
account-email-resend = 重新发送验证链接
account-email-new = 新电子邮件地址
account-email-new-hint = 我们会向新地址发送一个链接；在你点击之前，一切保持不变。
account-password-current = 当前密码
account-email-change = 更改电子邮件地址
account-notifications-title = 来自小组的邮件
account-notifications-intro = 你可以为每个小组选择是否接收新活动通知、所报名活动开始前的提醒以及组织者的消息，或者只接收与账号相关的邮件。
account-notifications-link = 邮件设置
account-password-title = 密码
account-password-new = 新密码
account-password-new-hint = 至少 8 个字符。你的其他设备将退出登录。
account-password-change = 更改密码
account-sessions-title = 已登录的设备
account-sessions-device = 设备
account-sessions-address = IP 地址
account-sessions-last-active = 最近活动（UTC）
account-actions = 操作
account-sessions-unknown = 未知设备
account-sessions-this = （此设备）
account-sessions-log-out = 退出登录
account-sessions-log-out-all = 退出所有设备
account-tokens-title = 个人 API 令牌
account-tokens-intro = 令牌可让脚本以你的身份使用 API：发送 <code>Authorization: Bearer &lt;token&gt;</code>。
account-tokens-none = 还没有令牌。
account-tokens-name = 名称
account-tokens-prefix = 开头字符
account-tokens-created = 创建时间
account-tokens-last-used = 最近使用
account-tokens-revoke = 撤销
account-tokens-new = 新令牌名称
account-tokens-new-hint = 例如：日历脚本。
account-tokens-create = 创建令牌
account-never = 从未
account-date-time = { $date } { $time }
account-feed-title = 日历订阅
account-feed-intro = 一个供日历应用订阅的私密地址：包含你报名参加的活动（候补中的活动标记为暂定），并保持实时更新。私密小组的活动只会出现在这里。
account-feed-made = 你的订阅链接创建于 { $created }；日历应用最近一次读取：{ $used }。为了安全，链接只显示一次；如需再次查看，请生成新链接（旧链接将失效）。
account-feed-all = 同时显示我所在小组的所有活动
account-feed-save = 保存
account-feed-new-link = 生成新链接
account-feed-off = 关闭
account-feed-make = 生成我的日历订阅链接
account-data-title = 你的数据
account-data-intro = Muster 保存的与你有关的所有数据：账号、小组成员身份、报名、评论和演讲，打包为一个 JSON 文件。
account-data-download = 下载我的数据
account-delete-title = 删除账号
account-delete-intro = 删除账号会移除你的名字、电子邮件地址、个人资料、登录会话和令牌。
account-delete-link = 删除我的账号…

## 删除账号
account-delete-page-title = 删除你的账号
account-delete-removes = 这将移除你的名字、电子邮件地址、个人资料、登录会话和 API 令牌。此操作无法撤销。
account-delete-history = 小组会保留其历史记录：你参加过的活动仍会以匿名方式计入你，你做过的演讲仍保留你填写的演讲者名字——除非你勾选下方的选项。
account-delete-sole = 你是 { $groups } 唯一的组织者。小组不能没有组织者：请先在那里指定其他人为组织者，或删除该小组，然后再回来删除你的账号。
account-delete-back = 返回我的设置
account-delete-password = 你的密码
account-delete-password-hint = 用于确认是你本人。
account-delete-talks = 同时从我的演讲中移除我的名字（将显示“前成员”）
account-delete-button = 删除我的账号
account-delete-keep = 保留我的账号

## 邮件设置
account-email-settings-title = 邮件设置
account-email-settings-back = 你的账号设置
account-email-settings-saved = 已保存。
account-email-settings-everything = 全部
account-email-settings-only-account = 除账号安全邮件（登录链接、密码和地址变更）外，不接收任何邮件
account-email-settings-announcements = 新活动通知
account-email-settings-reminders = 我报名的活动开始前的提醒
account-email-settings-messages = 组织者的消息
account-email-settings-no-groups = 你还没有加入任何小组。
account-email-settings-rsvps = 关于你自己报名的邮件（确认、变更、取消）只受上方开关控制。
account-email-settings-save = 保存

## 新令牌、新日历订阅
account-token-created-title = 你的新令牌“{ $name }”
account-token-created-page-title = 你的新令牌
account-token-created-copy = 请立即复制：令牌只显示这一次。
account-feed-created-title = 你的日历订阅
account-feed-created-intro = 订阅一次，日历就会始终准确：新活动会出现，改期的活动会同步移动，取消的活动会显示已取消。
account-feed-created-subscribe = 在日历应用中订阅
account-feed-created-google = 添加到 Google 日历
account-feed-created-copy = 或者将此地址复制到你的日历应用中（“通过 URL 订阅日历”）：
account-feed-created-private = 此链接只在现在显示。请妥善保密：任何拥有它的人都能看到你的日历。如果泄露，请在设置中生成新链接，旧链接会立即失效。

## 初始设置
account-setup-page-title = 设置 { $instance }
account-setup-title = 创建首位管理员
account-setup-intro = 此页面只能在全新实例上使用一次，需要服务器日志中打印的设置令牌。
account-setup-token = 设置令牌
account-setup-token-hint = 见日志中“open …/setup?token=…”这一行。
account-setup-button = 创建管理员
account-profile-view = 查看你的个人主页
account-avatar-label = 头像
account-avatar-hint = PNG、JPEG、WebP 或 GIF，最大 2 MiB。以圆形显示，缩小到 256 像素，并去除元数据（例如拍摄地点）后保存。
account-avatar-upload = 上传头像
account-avatar-remove = 移除头像
account-field-pronouns = 人称代词
account-pronouns-hint = 可选，例如 她 或 they/them。
account-field-website = 网站
account-field-fediverse = 联邦宇宙
account-fediverse-hint = 可选：你的地址，例如 @name@mastodon.social。
account-field-github = GitHub
account-github-hint = 可选：你的 GitHub 用户名。
account-field-unlisted = 不在列表中显示我
account-unlisted-hint = 你不会出现在聚会的参加者或成员列表中，其他人也无法打开你的个人主页。组织者仍会在参加者名单中看到你。
profile-own = 这是别人看到的你的个人主页。
profile-own-unlisted = 只有你能看到此页面：你选择了不在列表中显示。
profile-edit = 编辑个人资料
profile-about = 简介
profile-website = 网站
profile-fediverse = 联邦宇宙
profile-groups = 小组
profile-no-groups = 没有可显示的小组。
profile-talks = 演讲

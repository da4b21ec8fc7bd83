# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = 認識你身邊用 Python 打造東西的人。
home-lede = { $instance } 是在地使用者社群的家：找到一個社群、加入，並報名參加下一場聚會。主辦人可以一直保有他們的成員、行事曆和歷史紀錄，想保留多久都可以。
home-find-group = 尋找社群
home-mine-title = 你即將參加的活動
home-mine-empty = 你還沒有報名參加任何活動。可以在下方找一場聚會，或<a href="/groups">尋找社群</a>。
home-upcoming-title = 即將舉辦的聚會
home-upcoming-empty = 目前還沒有排定聚會。社群發布活動後，最近的幾場會顯示在這裡。

## Error page

error-home-link = 回到首頁
error-not-found = 找不到頁面
error-forbidden = 不允許存取
error-unauthorized = 請先登入
error-too-many-requests = 請放慢速度
error-uri-too-long = 網址太長
error-server = 發生錯誤
error-other = 操作沒有成功

## Group directory

group-directory-title = 尋找社群
group-directory-search = 搜尋
group-directory-search-placeholder = Python、資料、台北…
group-directory-city = 城市
group-directory-country = 國家/地區
group-directory-topic = 主題
group-directory-order = 排序
group-directory-order-best = 最相符
group-directory-order-next = 最近聚會優先
group-directory-active = 只顯示活躍社群
group-directory-near = 附近
group-directory-near-hint = 城市，或緯度, 經度
group-directory-radius = 範圍
group-directory-radius-km = { $km } 公里
group-directory-order-distance = 距離最近優先
group-directory-distance = 距離 { $km } 公里
group-directory-count-near-place = { $place } { $km } 公里內有 { $count } 個社群
group-directory-count-near = { $km } 公里內有 { $count } 個社群
group-directory-count = 共 { $count } 個社群。
group-directory-count-matching = 共 { $count } 個社群符合「{ $query }」。
group-directory-empty = 找不到社群。請試著減少搜尋字詞。
group-directory-empty-create = 找不到社群。請試著減少搜尋字詞，或<a href="/groups/new">建立社群</a>。
group-directory-dormant = 休眠中
group-directory-next = 下次聚會 { $date }
group-directory-no-next = 尚未排定聚會
group-directory-last = 上次 { $date }
group-directory-topics = 主題
group-directory-pages = 分頁
group-directory-previous = ← 上一頁
group-directory-page = 第 { $page } 頁，共 { $pages } 頁
group-directory-next-page = 下一頁 →
group-directory-start = 建立社群

## Group header, on every group page

group-members-count = { $count } 位成員
group-logo-alt = { $name } 的標誌
group-private = 私人社群
group-needs-conduct = 有新的行為準則需要接受
group-unclaimed-title = 尚未認領的條目。
group-unclaimed-text = 這個條目來自{ $source }；目前還沒有人在本站經營它。
group-source-wiki = python.org 在地使用者社群列表
group-dormant-title = 休眠中的社群。
group-dormant-since = 自 { $month }以來沒有活動。它做過的一切都保留在這裡——過去的活動、講題和行事曆訂閱。
group-dormant-never = 還沒有活動。它做過的一切都保留在這裡——過去的活動、講題和行事曆訂閱。
group-adopt = 申請接手這個社群
group-tabs = 社群
group-tab-about = 簡介
group-tab-events = 活動
group-tab-members = 成員
group-tab-conduct = 行為準則
group-tab-settings = 設定
group-tab-manage = 管理成員
group-tab-reports = 檢舉
group-tab-audit = 稽核紀錄

## Group page

group-feed-news-title = { $name }：最新消息訂閱
group-feed-calendar-title = { $name }：行事曆
group-upcoming-title = 即將舉辦的聚會
group-new-event = 新增活動
group-upcoming-empty = 目前還沒有排定聚會。
group-upcoming-empty-organizer = 目前還沒有排定聚會。點選「新增活動」來安排下一場吧。
group-all-events = 所有活動
group-recent-title = 最近的聚會
group-past-empty = 還沒有過去的聚會。
group-about-title = 簡介
group-details = 社群詳細資料
group-membership-title = 成員資格
group-member-you = 你是這個社群的成員。
group-member-you-role = 你是這個社群的成員（{ $role }）。
group-member-emails = 來自這個社群的電子郵件
group-accept-conduct = 接受新的行為準則
group-leave = 退出社群
group-pending = 你的加入申請正在等待主辦人審核。
group-withdraw = 撤回申請
group-banned = 你無法參與這個社群。
group-invite-only = 這個社群只透過邀請接受新成員。
group-ask-to-join = 申請加入
group-join-this = 加入這個社群
group-organizers-title = 主辦人
group-all-members = 全部 { $count } 位成員
group-more-title = 更多
group-link-website = 網站
group-link-chat = 聊天室
group-link-mailing-list = 郵件論壇
group-link-code = 程式碼
group-subscribe-title = 訂閱
group-subscribe-text = 在你的行事曆 App 或 RSS 閱讀器中追蹤這個社群的聚會。
group-subscribe-webcal = 在行事曆 App 中訂閱
group-subscribe-ics = 行事曆訂閱（iCal）
group-subscribe-atom = 最新消息訂閱（Atom）
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">用你的私人行事曆訂閱</a>：一個只屬於你的連結，包含你要參加的活動。
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">用你的私人行事曆訂閱</a>：一個只屬於你的連結，包含你要參加的活動——你的行事曆 App 也可以在那裡追蹤這個社群的活動。
group-conduct-link = <a href="{ $href }">行為準則</a>（第 { $version } 版）
group-report-link = <a href="{ $href }">檢舉問題</a>——私下提交給主辦人。
group-role-organizer = 主辦人
group-role-co-organizer = 共同主辦人
group-role-assistant-organizer = 助理主辦人
group-role-event-organizer = 活動主辦人
group-role-member = 成員

## Joining

group-join-title = 加入 { $name }
group-ask-title = 申請加入 { $name }
group-join-conduct = 行為準則
group-join-accept = 我已閱讀行為準則（第 { $version } 版），並會遵守。
group-join-review = 主辦人會審核申請。
group-join-review-answers = 主辦人會審核申請，並查看你的回答。
group-join-send-request = 送出申請
group-join-button = 加入
group-join-tick-box = 請勾選核取方塊以接受行為準則。

## Code of conduct

group-conduct-title = 行為準則
group-conduct-heading = 行為準則，第 { $version } 版
group-conduct-version = 第 { $version } 版，{ $date }
group-conduct-changed = 自你接受以來，行為準則已經更新。請閱讀後接受，才能繼續報名活動。
group-conduct-accept = 我接受第 { $version } 版
group-conduct-history = 先前的版本

## Reporting a concern

group-report-title = 檢舉問題
group-report-intro = 你的檢舉會私下送給 { $name } 的主辦人；如果涉及主辦人，也會送給本站管理員。檢舉絕不會公開，被檢舉的人也不會知道是誰檢舉的。
group-report-who = 檢舉對象是誰？（選填）
group-report-someone-else = 其他人，或我想自己描述
group-report-describe = 或描述對方是誰（選填）
group-report-what = 發生了什麼事？
group-report-send = 送出檢舉

## A group's events

group-events-title = 活動
group-new-series = 新增系列
group-events-upcoming = 即將舉辦
group-events-past = 過去
group-events-no-more-past = 沒有更多過去的聚會了。
group-events-past-nav = 過去的活動
group-events-newer = 較新
group-events-page = 第 { $page } 頁
group-events-older = 較舊

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count } 人參加
group-card-badge-draft = 草稿
group-card-badge-cancelled = 已取消
group-card-badge-live = 進行中
group-card-badge-closed = 報名已截止
group-card-badge-full = 額滿
group-card-mine-going = 你會參加
group-card-mine-waitlisted = 在候補名單上
group-move-going = 參加
group-move-waitlist = 候補
group-move-not-going = 不參加
group-fediverse-follow = 從 Mastodon 或任何聯邦宇宙伺服器追蹤：{ $handle }
group-fediverse-followers = { $count } 位追蹤者
group-tab-numbers = 數據

group-tab-photos = 照片

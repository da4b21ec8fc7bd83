# 活動的公開頁面：標題、報名框、時間地點、議程和留言；主辦人頁面共用的頁首和議程編輯。
event-meta-description = { $title }：{ $when }，由 { $group } 舉辦。
event-breadcrumb-label = 導覽路徑
event-breadcrumb-events = 活動
event-when-mine = 依您所在時區（{ $zone }）：{ $when }
event-cancel-why = 原因：
event-moved-from = 時間已變更，原訂於 { $when }。
event-announce-planned = 將於 { $when } 以電子郵件通知成員。

## 主辦人工具
event-tools-label = 主辦人工具
event-tool-page = 活動頁面
event-tool-edit = 編輯
event-tool-attendees = 參加者
event-tool-write = 寫信給參加者
event-tool-checkin = 報到
event-tool-agenda = 議程
event-publish = 發布
event-delete-draft = 刪除草稿
event-rsvps-reopen = 重新開放報名
event-rsvps-close = 關閉報名
event-announce = 通知成員
event-announce-now = 立即通知
event-cancel = 取消活動

## 報名框
event-details-label = 活動詳情
event-cancelled-title = 本活動已取消
event-cancelled-nobody = 活動不再舉行，無需回覆。
event-cancelled-had-said = 先前有 { $count } 人報名參加。
event-cancelled-kept = 您的回覆會保留作為紀錄。
event-rsvp-title = 您會參加嗎？
event-count-going = <strong>{ $count }</strong> 人參加
event-count-went = <strong>{ $count }</strong> 人參加了
event-count-waiting = <strong>{ $count }</strong> 人候補
event-seats-taken = 已報名 { $taken } / { $capacity } 個名額
event-full-yours = 名額已滿，其中包括您的名額。
event-full-waiting-at = 名額已滿；您是候補第 { $position } 位。
event-full-waiting = 名額已滿；您在候補名單中。
event-rsvp-login = 登入後報名
event-rsvp-verify = 請先驗證您的電子郵件地址再報名：請點選我們寄給您的連結。
event-rsvp-pending = 您加入 { $group } 的申請正在等待主辦人審核。成為成員後即可報名。
event-rsvp-invite = 本社群僅以邀請方式接受新成員。成員可以報名。
event-rsvp-join = 加入社群後報名
event-rsvp-conduct = 社群的行為準則已更新。請<a href="/g/{ $slug }/conduct">閱讀並接受行為準則</a>後報名。
event-rsvp-guests = 同行人數
event-rsvp-answer-hint = 只有主辦人看得到您的回答。
event-rsvp-no = 不，我無法參加
event-rsvp-no-after-all = 我還是無法參加了

## 時間和地點
event-when-where = 時間和地點
event-times-in = 時間以 { $zone } 時區顯示。
event-series = 屬於定期活動系列
event-directions-label = 交通方式：
event-map = 地圖（OpenStreetMap）
event-online = 線上：
event-online-hidden = 也可線上參加：連結只會顯示給已報名的人。
event-calendar-title = 加入行事曆
event-calendar-ics = 下載（.ics）
event-calendar-google = Google 日曆
event-calendar-outlook = Outlook.com
event-hosts = 主持人
event-going-title = 誰會參加
event-going-people = { $count } 人
event-going-others = 以及其他 { $count } 人

## 簡介、議程、留言
event-about = 關於本活動
event-agenda = 議程
event-talk-lightning = 閃電講
event-talk-standby = 候補
event-talk-slides = 投影片
event-talk-video = 影片
event-comments = 留言
event-comments-none = 還沒有留言。
event-comment-remove = 移除
event-comment-add = 留言
event-comment-post = 送出留言
event-comment-login = <a href="{ $href }">登入</a>後參與討論。
event-comment-members = 成員可以留言。
event-comment-former-member = 一位前成員
event-comment-removed-author = 已由作者移除。
event-comment-removed-organizer = 已由主辦人移除。

## 議程編輯
event-talks-none = 還沒有講題。請在下方新增第一個。
event-talks-lightning = 閃電講
event-talks-up = 上移
event-talks-down = 下移
event-talks-edit = 編輯
event-talks-delete = 刪除
event-talks-add-title = 新增講題
event-talks-edit-title = 編輯講題
event-talks-field-title = 標題
event-talks-field-speaker = 講者
event-talks-field-speaker-hint = 依議程上顯示的名稱填寫。
event-talks-field-account = 講者的帳號（選填）
event-talks-field-account-none = 不是成員，或不連結
event-talks-field-abstract = 摘要
event-talks-field-abstract-hint = 支援 Markdown。
event-talks-field-slides = 投影片（連結）
event-talks-field-video = 影片（連結）
event-talks-field-lightning = 閃電講
event-talks-field-standby = 候補（有人退出時上場）
event-talks-add = 新增講題
event-talks-save = 儲存講題
event-talks-back = 返回議程

## 報名框中您的回覆
event-mine-had-going = 您先前已報名參加。
event-mine-had-waiting = 您先前在候補名單中。
event-mine-had-not-going = 您先前回覆無法參加。
event-mine-going = 您會參加。
event-mine-going-guests = 您會參加，並有 { $count } 位同行者。
event-mine-waiting-at = 您是候補第 { $position } 位。
event-mine-waiting = 您在候補名單中。
event-mine-not-going = 您不參加。
event-rsvp-update = 修改我的報名
event-rsvp-join-waitlist = 加入候補名單
event-rsvp-yes = 是的，我會參加
event-comment-when = { $date } { $time } { $zone }
event-going-members-see = 群組成員可以看到誰會參加。

photos-title = 照片
photos-none = 還沒有照片。
photos-none-yet = 還沒有照片。你有參加嗎？來新增你的照片吧。
photos-all = 查看全部 { $count } 張照片，或新增你的照片
photos-add-link = 新增照片
photos-add-title = 新增你的照片
photos-caption = 說明（選填，套用於本次上傳的所有照片）
photos-caption-hint = 一行，最多 200 個字元。它也會向看不到照片的人描述照片。
photos-files = 照片
photos-files-hint = JPEG、PNG 或 WebP，每張最多 20 MiB，一次最多 { $count } 張。位置與相機資訊會被移除。
photos-upload = 新增照片
photos-login = 登入後新增你的照片
photos-alt = { $event } 的照片
photos-by = 由 { $name } 上傳
photos-remove = 移除
photos-report = 檢舉
photos-report-reason = 這張照片有什麼問題？
photos-report-send = 送出檢舉
photos-added-count = 已新增 { $count } 張照片。
photos-refused-count = 有 { $count } 個檔案未新增：
photos-recent-title = 最近的照片
photos-recent-alt = 群組一次聚會的照片
photos-storage-title = 儲存空間
photos-storage-used = { $count } 張照片占用了群組 { $quota } MiB 中的 { $used } MiB。
photos-storage-hint = 每張照片以最大 2048 px 保存，並附一張縮圖。儲存空間滿了之後，新照片會被拒絕，直到移除一些照片。
photos-reported-title = 被檢舉的照片
photos-reported-none = 沒有人檢舉照片。
photos-reported-reasons = { $count } 則檢舉
photos-keep = 保留照片

## What is on near a place (/events)
events-near-title = 你附近的聚會
events-near-when = 時間
events-near-days = 未來 { $count } 天
events-near-count-place = { $place } { $km } 公里內有 { $count } 場聚會
events-near-count = { $km } 公里內有 { $count } 場聚會
events-near-empty = 附近還沒有安排。試試更大的範圍或更多天數。
events-near-ask = 輸入城市或座標，只看附近的。
events-near-count-anywhere = 即將舉行 { $count } 場聚會。

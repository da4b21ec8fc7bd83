# 主辦人頁面：社群設定、成員管理、群發訊息、活動表單、參加者、報到、系列活動。

## Group settings

manage-settings-title = 設定
manage-settings-save = 儲存設定
manage-language-label = 社群語言
manage-language-hint = 主辦人撰寫社群頁面所使用的語言。
manage-language-not-set = 未設定
manage-logo-title = 標誌
manage-logo-upload-label = 上傳圖片
manage-logo-upload-hint = PNG、JPEG、WebP 或 GIF，最大 2 MiB。會縮放為 512 像素。
manage-logo-upload = 上傳
manage-history-title = 匯入過往紀錄
manage-history-import-link = 從 iCalendar 檔案或網址匯入社群的過往活動…
manage-history-placeholders-link = 從 Meetup.com 匯入的成員及其認領連結…
manage-conduct-title = 行為準則
manage-conduct-text-label = 內文（Markdown）
manage-conduct-text-hint = 儲存即發布新版本；成員下次報名前需要重新同意。
manage-conduct-publish = 發布新版本
manage-archive-title = 下載社群封存檔
manage-archive-text = 一個 ZIP 檔，包含社群的所有活動紀錄：以 JSON 格式儲存的活動、演講、場地與行為準則，一份包含所有活動的行事曆，以及可在任何瀏覽器開啟的頁面副本。其他 Muster 站台可以匯入它。成員只計人數，僅列出同意公開姓名的成員。
manage-archive-download = 下載封存檔（.zip）
manage-adoption-title = 接手申請
manage-adoption-text = 社群沉寂後，其他人可以申請接手；您會收到電子郵件通知，也可以拒絕。
manage-adoption-see = 查看申請
manage-delete-title = 刪除社群
manage-delete-link = 刪除 { $name }…

## The group's fields (creation and settings)

manage-field-name = 社群名稱
manage-field-summary = 簡介
manage-field-summary-hint = 一句話：誰在聚會、聊什麼、多久一次。
manage-field-description = 說明
manage-field-description-hint = Markdown：**粗體**、[連結](https://…)、清單。
manage-field-city = 城市
manage-field-country = 國家/地區
manage-field-lat = 緯度（選填）
manage-field-lat-hint = 用於顯示常用場地附近的地圖，例如 53.8008。
manage-field-lon = 經度（選填）
manage-field-timezone = 時區
manage-field-timezone-hint = 社群活動的預設時區。
manage-field-topics = 主題
manage-field-topics-hint = 以逗號分隔，例如 python, data science, web。
manage-field-links = 連結（選填）
manage-field-website = 網站
manage-field-chat = 聊天群組
manage-field-mailing-list = 郵寄清單
manage-field-repository = 程式碼儲存庫
manage-field-logo-url = 標誌圖片網址
manage-field-logo-url-hint = 也可以在社群設定中上傳標誌。
manage-field-contact-email = 聯絡信箱
manage-field-contact-email-hint = 會寫入行為準則。預設為您的信箱。
manage-field-who-can-join = 誰可以加入
manage-field-visibility = 公開範圍
manage-field-visibility-public = 公開：任何人都能看到社群、活動和成員
manage-field-visibility-private = 私人：只有成員能看到內容（僅限邀請）
manage-field-joining = 加入方式
manage-field-joining-open = 開放：同意行為準則的任何人
manage-field-joining-approval = 需審核：主辦人逐一審核申請
manage-field-joining-invite = 僅限邀請
manage-field-questions = 給新成員的問題（選填）
manage-field-questions-hint = 每行一題，最多 5 題。只有主辦人看得到回答。

## Starting a group

manage-new-title = 建立社群
manage-new-intro = 您將成為社群的主辦人。系統會加入一份寫有您聯絡方式的標準行為準則，您隨時可以編輯。
manage-new-address = 網址
manage-new-address-hint = 社群位於 /g/網址：只能使用小寫英文字母、數字和連字號。
manage-new-create = 建立社群

## Roles

manage-role-organizer = 主辦人
manage-role-co-organizer = 共同主辦人
manage-role-assistant-organizer = 助理主辦人
manage-role-event-organizer = 活動主辦人
manage-role-member = 成員

## Managing members

manage-members-title = 管理成員
manage-requests-title = 加入申請
manage-requests-none = 沒有待處理的申請。
manage-requests-approve = 核准
manage-requests-decline = 拒絕
manage-invite-title = 邀請他人
manage-invite-email = 電子郵件地址
manage-invite-email-hint = 對方會收到一個只能使用一次的連結，有效期限 14 天。
manage-invite-send = 寄出邀請
manage-members-heading = 成員
manage-members-write = 寫信給所有成員
manage-members-name = 姓名
manage-members-role = 角色
manage-members-actions = 操作
manage-members-hidden = 已隱藏
manage-members-role-of = { $name } 的角色
manage-members-change = 變更
manage-members-remove = 移除
manage-members-reason = 原因
manage-members-reason-placeholder = 原因（選填）
manage-members-ban = 封鎖
manage-banned-title = 已封鎖
manage-banned-lift = 解除封鎖

## The member list

manage-list-title = 成員
manage-list-you-hidden = 您已從公開成員名單中隱藏。
manage-list-you-shown = 您會顯示在成員名單中。
manage-list-show-me = 顯示我
manage-list-hide-me = 隱藏我
manage-list-in-archive = 主辦人下載社群封存檔時，會包含您的姓名和出席紀錄。
manage-list-not-in-archive = 社群封存檔會把您計入人數，但不會列出您的姓名。
manage-list-leave-archive = 不要在封存檔中列出我的姓名
manage-list-join-archive = 在封存檔中列出我的姓名

## Writing to members

manage-compose-title = 寫信給成員
manage-compose-hint = 關閉主辦人訊息的成員不會收到。每個社群每天最多可寄送 5 則訊息。
manage-compose-preview-title = 預覽
manage-compose-preview-to = 寄給 { $count } 人
manage-compose-preview-to-about = 寄給 { $count } 人，關於 { $event }
manage-compose-to = 收件人
manage-compose-to-all = 所有成員
manage-compose-to-going = { $event }（{ $date }）的參加者
manage-compose-to-waitlisted = { $event }（{ $date }）的候補名單
manage-compose-to-not-answered = 尚未回覆 { $event }（{ $date }）的成員
manage-compose-subject = 主旨
manage-compose-message = 訊息
manage-compose-body-hint = 純文字。每封電子郵件都會附上社群連結，以及一鍵停止接收此類訊息的方式。
manage-compose-body-hint-event = 純文字。每封電子郵件都會附上社群和活動的連結，以及一鍵停止接收此類訊息的方式。
manage-compose-preview = 預覽
manage-compose-send = 寄出
manage-compose-sent = 您的訊息正在寄給 { $count } 人。

## Event forms

manage-event-new-series = 新系列
manage-event-new-event = 新活動
manage-event-schedule-series-title = 安排定期系列活動
manage-event-schedule-event-title = 安排活動
manage-event-series-intro = 請填寫第一場聚會；之後的聚會依照下方規則產生，每一場都是可以個別報名的正式活動。未來 90 天內的聚會會立即建立，之後的會隨時間陸續建立。
manage-event-fields-need-attention = 部分欄位需要修正：請參考下方說明。
manage-event-schedule-series = 安排系列活動
manage-event-schedule-event = 安排活動
manage-event-edit-title-short = 編輯
manage-event-edit-title = 編輯活動
manage-event-overflow-legend = 名額少於已報名人數時
manage-event-seats-taken = 目前已占用 { $count } 個名額。
manage-event-overflow-label = 若名額少於已占用的名額，將最新的報名移到候補名單
manage-event-apply-to = 套用至
manage-event-scope-this = 僅此活動
manage-event-scope-following = 此活動及系列中之後的活動
manage-event-save = 儲存活動
manage-event-field-title = 標題
manage-event-field-when = 時間
manage-event-field-starts = 開始
manage-event-field-ends = 結束
manage-event-field-timezone-hint = 開始和結束時間皆以此時區為準。
manage-event-field-where = 地點
manage-event-field-venue = 場地
manage-event-field-venue-hint = 純線上活動請將場地留白。
manage-event-field-address = 地址
manage-event-field-directions = 如何找到我們
manage-event-field-lat = 緯度（選填）
manage-event-field-lat-hint = 用於地圖連結，例如 53.8008。
manage-event-field-lon = 經度（選填）
manage-event-field-lon-hint = 例如 -1.5491。
manage-event-field-online-url = 線上連結（選填）
manage-event-field-online-url-hint = 只有報名參加的人和主辦人看得到。
manage-event-field-rsvps = 報名
manage-event-field-capacity = 名額
manage-event-field-capacity-hint = 留白：不限。同行者也會占用名額。
manage-event-field-guest-limit = 每筆報名可帶同行者
manage-event-field-rsvp-opens = 開放報名（開始前幾小時）
manage-event-field-rsvp-opens-hint = 留白：立即開放。
manage-event-field-rsvp-closes = 截止報名（開始前幾小時）
manage-event-field-rsvp-closes-hint = 留白：活動開始時。
manage-event-field-rsvp-question = 給報名者的問題（選填）
manage-event-field-rsvp-question-hint = 例如：有飲食上的需求嗎？只有主辦人看得到回答。
manage-event-field-hosts = 主持人（最多 5 位）
manage-event-field-options = 選項
manage-event-field-draft = 儲存為草稿（發布前只有主辦人看得到）
manage-event-field-announce-series = 每場聚會前兩週以電子郵件通知成員
manage-event-field-announce = 以電子郵件通知成員
manage-event-field-reminders = 寄送提醒給參加者

## Repeating series

manage-repeat-legend = 重複
manage-repeat-weekly = 每週
manage-repeat-every = 間隔
manage-repeat-week = 每週
manage-repeat-weeks = 每 { $count } 週
manage-repeat-monthly-nth = 每月的某個星期幾（「每月第三個星期三」）
manage-repeat-which = 第幾個
manage-repeat-as-first-date = 與第一場相同
manage-repeat-weekday = 星期幾（每週，以及每月的某個星期幾）
manage-repeat-monthly-day = 每月的某一天
manage-repeat-day = 日期
manage-repeat-day-hint = 1–31；留白：與第一場的日期相同。沒有這一天的月份會略過。
manage-repeat-end-count = 在若干場聚會後結束
manage-repeat-count = 場次
manage-repeat-end-until = 在某個日期結束
manage-repeat-until = 最後日期
manage-repeat-weekday-mon = 星期一
manage-repeat-weekday-tue = 星期二
manage-repeat-weekday-wed = 星期三
manage-repeat-weekday-thu = 星期四
manage-repeat-weekday-fri = 星期五
manage-repeat-weekday-sat = 星期六
manage-repeat-weekday-sun = 星期日
manage-repeat-nth-1 = 第一個
manage-repeat-nth-2 = 第二個
manage-repeat-nth-3 = 第三個
manage-repeat-nth-4 = 第四個
manage-repeat-nth-minus1 = 最後一個

## Cancelling an event

manage-cancel-title-short = 取消
manage-cancel-title = 取消活動
manage-cancel-intro = 活動仍會保留在列表中，標示為已取消並附上您的原因，讓成員知道發生了什麼事。
manage-cancel-reason = 原因
manage-cancel-scope-following = 此活動及之後的活動（系列結束）
manage-cancel-keep = 保留活動

## Attendees

manage-attendees-title = 參加者
manage-attendees-csv = 下載 CSV
manage-attendees-write = 寫信給參加者
manage-attendees-question = 提出的問題：「{ $question }」
manage-attendees-seats-of = 已占用 { $taken } / { $capacity } 個名額（含同行者）。
manage-attendees-seats-no-limit = 已占用 { $taken } 個名額（含同行者）；不限名額。
manage-attendees-going = 參加（{ $count }）
manage-attendees-going-none = 目前還沒有人。
manage-attendees-guests = 同行者
manage-attendees-answer = 回答
manage-attendees-came = 已出席
manage-attendees-no-show = 未出席
manage-attendees-no-shows = 缺席次數
manage-attendees-move-to = 移到
manage-attendees-waitlist = 候補名單（{ $count }）
manage-attendees-waitlist-none = 沒有人在候補。
manage-attendees-waitlist-hint = 依序：有空位時，第一位符合條件的人取得名額。
manage-attendees-not-going = 不參加（{ $count }）
manage-attendees-not-going-none = 沒有人表示不參加。
manage-attendees-add-title = 新增成員
manage-attendees-add-none = 所有成員都已回覆。
manage-attendees-add-member = 成員
manage-attendees-add-as = 身分
manage-attendees-status-going = 參加
manage-attendees-status-waitlisted = 候補
manage-attendees-status-not-going = 不參加
manage-attendees-add = 新增

## Check-in

manage-checkin-title = 報到
manage-checkin-count = { $count } 人中 { $here } 人已到
manage-checkin-none = 還沒有人報名參加。
manage-checkin-guests = +{ $count } 位同行者
manage-checkin-here = 已到
manage-checkin-no-show = 未出席
manage-checkin-not-checked-in = 未報到
manage-checkin-undo = 復原
manage-checkin-undo-for = （{ $name }）
manage-checkin-for = ：{ $name }

## A series' page

manage-series-title = 定期系列活動
manage-series-times-in = 時間以 { $zone } 為準。
manage-series-ended = 已結束
manage-series-upcoming = 即將舉行
manage-series-upcoming-none = 此系列沒有即將舉行的聚會。
manage-series-hint = 聚會最多提前 90 天顯示在這裡。
manage-series-past = 過往場次

## Deleting a group

manage-delete-group-title = 刪除 { $name }
manage-delete-keep-history = <strong>請先保存社群的歷史紀錄：</strong><a href="/g/{ $slug }/settings/export" download>下載社群封存檔</a>（活動、演講、行事曆和頁面副本），以便留存或搬到別處。
manage-delete-intro = 社群將對所有人從網站上消失。{ $instance } 的管理員可以在 30 天內連同活動一起還原。請輸入社群名稱和您的密碼以確認。
manage-delete-confirm-name = 社群名稱
manage-delete-password = 您的密碼

## Audit log

manage-audit-title = 稽核紀錄
manage-audit-empty = 目前沒有紀錄。
manage-audit-when = 時間（UTC）
manage-audit-who = 執行者
manage-audit-what = 動作
manage-audit-whom = 對象
manage-audit-details = 詳細資料

## Conduct reports

manage-reports-title-short = 檢舉
manage-reports-title = 行為準則檢舉
manage-reports-intro = 僅負責管理的主辦人可見。關於您的檢舉只會顯示給其他主辦人，不會顯示給您。
manage-reports-none = 沒有檢舉。
manage-reports-from = 檢舉人：{ $name }
manage-reports-about = 被檢舉人：{ $name }
manage-reports-about-organizer = 被檢舉人：{ $name }（主辦人）
manage-reports-former-member = 前成員
manage-reports-not-named = 未註明
manage-reports-status-open = 待處理
manage-reports-status-handled = 已處理
manage-reports-mark-handled = 標示為已處理

## Adopting a group

manage-adopt-title = 接手 { $name }
manage-adopt-waiting-admin = 您的申請正在等待 { $instance } 的管理員核准。
manage-adopt-waiting-organizers = 您的申請正在等待社群主辦人處理，他們可以在 { $date } 之前拒絕。之後由 { $instance } 的管理員決定。
manage-adopt-withdraw = 撤回我的申請
manage-adopt-refused = 主辦人拒絕了您上次的申請。
manage-adopt-refused-reason = 主辦人拒絕了您上次的申請：{ $reason }。
manage-adopt-ask-again = 您可以從 { $date } 起再次申請；若他們撤銷拒絕，也可以提早申請。
manage-adopt-declined = 您上次的申請未獲核准。
manage-adopt-declined-reason = 您上次的申請未獲核准：{ $reason }。
manage-adopt-approved = 您的申請已獲核准：您現在是這個社群的主辦人。
manage-adopt-intro = 這個社群已經沉寂，或在本站還沒有人負責。您可以申請接手，成為主辦人之一。現任主辦人（如果有的話）會收到電子郵件並可以拒絕；之後由 { $instance } 的管理員決定。社群過去的一切都會維持原樣。
manage-adopt-message = 您是誰？您對這個社群有什麼計畫？
manage-adopt-message-hint = 主辦人和管理員會閱讀這段內容。
manage-adopt-ask = 申請接手這個社群
manage-adopt-active = 這個社群仍在活動，因此無法接手。您可以加入，或與主辦人聊聊。
manage-adoption-requests-title = 接手 { $name } 的申請
manage-adoption-requests-intro = 由於社群已經沉寂，有人申請接手。如果您仍在經營這個社群，請在顯示的日期前拒絕；之後 { $instance } 的管理員可以核准申請，對方將與您一起擔任主辦人。
manage-adoption-requests-none = 沒有待處理的申請。
manage-adoption-asked-refuse-until = 申請於 { $asked } · 您可以在 { $until } 之前拒絕
manage-adoption-asked-refuse-over = 申請於 { $asked } · 拒絕期限已過
manage-adoption-refuse-reason = 原因（選填；會寄給對方）
manage-adoption-refuse = 拒絕申請
manage-adoption-refused-title = 已拒絕的申請
manage-adoption-refused-intro = 被您拒絕的人在顯示的日期之前無法再次申請。撤銷拒絕後，對方即可立即申請。
manage-adoption-asked-refused = 申請於 { $asked } · 已拒絕；可從 { $until } 起再次申請
manage-adoption-lift = 撤銷拒絕

## Importing a calendar

manage-import-title-short = 匯入行事曆
manage-import-title = 匯入舊行事曆
manage-import-intro = 從 iCalendar（.ics）檔案或網址匯入社群的歷史紀錄。每個帶有 UID 的活動都會成為社群的活動，包括過往活動；再次匯入會更新這些活動，而不會重複新增。不會寄信給任何人。
manage-import-file = 上傳 .ics 檔案
manage-import-file-hint = UTF-8，最大 5 MiB。
manage-import-url = 或輸入網址
manage-import-url-hint = 公開網際網路上的 http:// 或 https:// 網址。
manage-import-dry-run = 只回報將會發生的事
manage-import-submit = 匯入
manage-import-would-do = 匯入將會執行的動作
manage-import-did = 匯入已執行的動作
manage-import-counts = 新增 { $created } 筆，更新 { $updated } 筆，未變更 { $unchanged } 筆，略過 { $skipped } 筆。
manage-import-created = 已新增
manage-import-updated = 已更新
manage-import-skipped = 已略過
manage-import-notes = 附註
manage-import-line = 第 { $line } 行，{ $what }：{ $reason }

## People imported from Meetup

manage-placeholders-title-short = 從 Meetup 匯入
manage-placeholders-title = 從 Meetup.com 匯入
manage-placeholders-intro = 來自社群 Meetup 匯出資料的成員。在他們透過個人連結認領自己的歷史紀錄之前，他們在這裡沒有帳號：請您親自把連結傳給每個人（Meetup 沒有提供電子郵件地址）。新連結會取代舊連結。
manage-placeholders-fresh = <strong>{ $name }</strong> 的認領連結（只會顯示一次）：
manage-placeholders-link-for = { $name } 的認領連結
manage-placeholders-none = 尚未匯入任何人：請使用 <code>muster import meetup-members</code>。
manage-placeholders-meetup-id = Meetup ID
manage-placeholders-attended = 參加過的聚會
manage-placeholders-member-list = 成員名單
manage-placeholders-status = 狀態
manage-placeholders-listed = 是
manage-placeholders-attendee-lists-only = 僅在參加者名單中
manage-placeholders-new-link = 新的認領連結
manage-placeholders-link = 認領連結
manage-placeholders-claimed = 已認領
manage-placeholders-link-sent = 已傳送連結
manage-placeholders-no-link = 尚無連結
manage-followers-title = 聯邦宇宙中的追蹤者
manage-followers-how = Mastodon、Mobilizon 等伺服器上的使用者以 { $handle } 追蹤本小組，並看到每場新的聚會。
manage-followers-none = 還沒有人從聯邦宇宙追蹤本小組。
manage-followers-remove = 移除

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = 群組數據
numbers-intro = 群組的狀況：成員、報名和實際到場的人，以及關閉郵件的人。
numbers-csv = 以 CSV 下載所有聚會
numbers-members-now = 目前成員
numbers-no-show-rate = 缺席率
numbers-new-returning = 新 / 回頭參加者
numbers-busiest = 最熱門的時間
numbers-members-title = 成員變化
numbers-members-caption = 截至每月底已加入的目前成員。
numbers-month = 月份
numbers-members = 成員
numbers-events-title = 最近的聚會
numbers-events-caption = 報名的人，以及在門口登記到場的人。
numbers-no-events = 還沒有舉辦過聚會。
numbers-date = 日期
numbers-meetup = 聚會
numbers-going = 報名
numbers-came = 到場
numbers-no-shows = 缺席
numbers-new = 首次
numbers-weekdays-title = 按星期
numbers-weekdays-caption = 按聚會所在時區的星期統計的平均報名人數。
numbers-weekday-column = 星期
numbers-meetups = 聚會
numbers-average-going = 平均報名
numbers-email-title = 已關閉的郵件
numbers-off-announcements = 不接收新聚會通知的成員
numbers-off-reminders = 不接收提醒的成員
numbers-off-messages = 不接收主辦人訊息的成員
numbers-off-all = 除帳戶安全外關閉所有郵件的成員
numbers-no-check-ins = 還沒有簽到紀錄
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

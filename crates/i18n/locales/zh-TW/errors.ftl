# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = 這裡什麼都沒有。可能是網址打錯了，或者頁面已被移除。
error-some-fields-need-attention = 部分欄位需要修正。
error-please-log-in-to-do-that = 請先登入再進行此操作。
error-only-instance-administrators-can-do-that = 只有站台管理員可以執行此操作。
error-too-many-attempts-please-wait-a = 嘗試次數過多。請稍候片刻再試一次。
error-something-went-wrong-on-our-side = 我們這邊發生了問題。錯誤已記錄下來，請再試一次。
error-the-database-is-not-reachable-right = 目前無法連線到資料庫。請稍後再試。
error-the-database-is-not-reachable = 無法連線到資料庫。
error-cross-site-requests-are-not-allowed = 不允許跨站請求。
error-api-calls-authenticated-by-the-session = 透過工作階段 Cookie 驗證的 API 呼叫必須傳送 Content-Type: application/json（上傳檔案時亦可為圖片類型或 text/calendar）。
error-this-form-has-expired-or-did = 此表單已過期，或並非來自本網站。請返回上一頁，重新整理頁面後再試一次。
error-the-form-could-not-be-read = 無法讀取表單。
error-please-confirm-your-email-address-first = 請先確認您的電子郵件地址：點選我們寄給您的連結即可。
error-the-form-is-too-large = 表單過大。
error-send-the-form-as-application-x = 請以 application/x-www-form-urlencoded 格式傳送表單。
error-the-request-body-could-not-be = 無法讀取請求內容。
error-send-a-json-body-with-content = 請傳送 JSON 內容，並附上 Content-Type: application/json。
error-the-body-is-not-valid-json = 內容不是有效的 JSON。
error-the-upload-could-not-be-read = 無法讀取上傳的檔案。
error-the-calendar-is-larger-than-5 = 行事曆大小超過 5 MiB。
error-move-up-or-down = 只能上移或下移。
error-when-is-upcoming-or-past = when 的值只能是 upcoming 或 past。
error-unknown-role = 未知的角色。
error-sort-is-relevance-distance-or-next = sort 的值只能是 relevance、distance 或 next_event。
error-enter-a-number-like-53-8008 = 請輸入像 53.8008 這樣的數字。
error-this-claim-link-is-not-valid = 此歷史紀錄認領連結無效：它已被使用、已被較新的連結取代，或根本不存在。請向社群主辦人索取新連結。
error-you-cannot-take-part-in-this = 您無法參與這個社群。
error-this-person-has-claimed-their-history = 此人已認領其歷史紀錄。
error-only-published-events-that-have-not = 只有已發布且尚未開始的活動才能發送通知。
error-this-event-was-announced-already-members = 這場活動已發送過通知；每位成員只會收到一次。
error-an-agenda-can-have-at-most = 議程最多只能有 50 場演講。
error-speakers-are-given-by-member-id = 講者需以成員 ID 指定。
error-there-are-no-free-seats-left = 已經沒有空位了。
error-that-rsvp-changed-meanwhile-reload-the = 該報名資料已被變更。請重新整理頁面後再試一次。
error-rsvps-can-only-be-managed-for = 只能管理已發布活動的報名。
error-attendance-is-recorded-for-published-events = 只有已發布的活動才會記錄出席狀況。
error-this-event-was-cancelled-it-can = 這場活動已取消，無法再編輯。
error-only-drafts-can-be-published-this = 只有草稿才能發布；這場活動已發布或已取消。
error-this-event-is-not-a-draft = 這場活動不是草稿。
error-this-event-is-already-cancelled = 這場活動已經取消。
error-drafts-are-deleted-not-cancelled = 草稿只能刪除，不能取消。
error-this-event-is-over-it-can = 這場活動已結束，無法再取消。
error-published-events-are-cancelled-not-deleted = 已發布的活動只能取消、不能刪除，讓成員能了解發生了什麼事。
error-only-the-author-or-the-group = 只有留言者本人或社群主辦人可以移除留言。
error-the-calendar-could-not-be-fetched = 無法取得行事曆。
error-your-email-address-is-already-confirmed = 您的電子郵件地址已經確認過了。
error-that-address-now-belongs-to-another = 這個地址現在屬於另一個帳號，因此無法成為您的地址。
error-that-is-already-your-email-address = 這已經是您的電子郵件地址。
error-the-email-address-or-password-is = 電子郵件地址或密碼錯誤。
error-the-instance-was-set-up-meanwhile = 站台已在此期間完成設定，或該電子郵件地址已被使用。
error-you-have-already-asked-to-adopt = 您已申請接手這個社群，申請正在等待審核。
error-you-have-no-pending-request-to = 您目前沒有接手這個社群的待審核申請。
error-there-is-no-refusal-of-this = 此申請沒有可解除的有效拒絕。
error-the-person-who-asked-has-deleted = 提出申請的人已刪除帳號。
error-the-person-who-asked-is-banned = 提出申請的人已被這個社群封鎖。
error-this-request-is-no-longer-pending = 此申請已不在待審核狀態：它剛剛已被處理或撤回。
error-that-group-is-not-deleted = 該社群並未被刪除。
error-you-are-the-group-s-only = 您是這個社群唯一的主辦人。請先將其他人設為主辦人。
error-use-leave-the-group-to-leave = 如要自行退出，請使用「退出社群」。
error-a-group-always-keeps-at-least = 社群必須至少保留一位主辦人。
error-that-membership-changed-meanwhile-reload-the = 該成員資格已被變更。請重新整理頁面後再試一次。
error-only-active-members-can-have-a = 只有活躍成員才能擁有角色。
error-choose-another-member = 請選擇其他成員。
error-only-active-members-can-take-the = 只有活躍成員才能接手社群。
error-this-group-takes-new-members-by = 這個社群僅限受邀者加入。請聯絡主辦人邀請您。
error-you-are-not-a-member-of = 您不是這個社群的成員。
error-only-the-group-s-organizers-can = 只有社群主辦人可以執行此操作。
error-you-already-organize-this-group-so = 您已是這個社群的主辦人，無須接手。
error-give-both-latitude-and-longitude-or = 請同時填寫緯度和經度，或兩者都不填。
error-this-invitation-has-already-been-used = 此邀請已被使用。
error-this-invitation-link-is-not-valid = 此邀請連結無效。請向主辦人索取新連結。
error-this-invitation-has-expired-ask-the = 此邀請已過期。請向主辦人索取新的邀請。
error-you-have-no-calendar-feed-link = 您還沒有行事曆訂閱連結。請先建立一個。
error-enter-your-email-address = 請輸入您的電子郵件地址。
error-that-email-address-is-too-long = 該電子郵件地址太長。
error-enter-the-name-people-will-see = 請輸入其他人會看到的名稱。
error-the-bio-cannot-contain-control-characters = 自我介紹不能包含控制字元。
error-choose-a-time-zone-from-the = 請從清單中選擇時區（例如 Europe/Berlin 這樣的 IANA 名稱）。
error-token-names-cannot-contain-control-characters = 權杖名稱不能包含控制字元。
error-name-the-token-e-g-calendar = 請為權杖命名，例如「行事曆指令碼」。
error-that-address-is-reserved-choose-another = 這個地址已被保留。請選擇其他地址。
error-enter-a-web-address-like-https = 請輸入像 https://example.org 這樣的網址。
error-only-http-and-https-addresses-are = 只允許 http:// 和 https:// 開頭的網址。
error-latitude-is-between-90-and-90 = 緯度必須介於 -90 到 90 之間。
error-longitude-is-between-180-and-180 = 經度必須介於 -180 到 180 之間。
error-choose-public-or-private = 請選擇「公開」或「不公開」。
error-choose-open-approval-or-invite = 請選擇「開放加入」、「需審核」或「僅限邀請」。
error-there-are-more-answers-than-questions = 回答的數量多於問題。
error-capacity-is-too-large = 人數上限過大。
error-too-many-guests = 同行人數過多。
error-guests-cannot-be-negative = 同行人數不能是負數。
error-enter-a-date-and-time = 請輸入日期和時間。
error-enter-a-date-and-time-like = 請輸入像 2026-12-16T18:30 這樣的日期和時間（或含時區偏移的 RFC 3339 格式）。
error-the-end-must-be-after-the = 結束時間必須晚於開始時間。
error-an-event-can-last-at-most = 活動最長只能持續 14 天。
error-the-start-must-be-in-the = 開始時間必須是未來的時間。
error-rsvps-must-open-before-the-event = 報名必須在活動開始前開放。
error-rsvps-close-when-the-event-starts = 報名最晚在活動開始時截止。
error-rsvps-must-close-after-they-open = 報名截止時間必須晚於開放時間。
error-hosts-are-given-by-member-id = 主持人需以成員 ID 指定。
error-an-event-can-show-at-most = 一場活動最多顯示 5 位主持人。
error-enter-a-valid-email-address = 請輸入有效的電子郵件地址。
error-a-second-message-is-ignored = 第二則訊息會被忽略
error-too-short = 太短。
error-choose-a-day-of-the-month = 請選擇每月 1 日到 31 日之間的日期。
error-choose-an-end-date-between-the = 請選擇介於 1 年到 9999 年之間的結束日期。
error-choose-a-first-date-between-the = 請選擇介於 1 年到 9999 年之間的第一個日期。
error-the-series-reaches-dates-that-cannot = 這個系列活動會延伸到無法表示的日期。
error-the-repeat-rule-needs-a-freq = 重複規則需要 FREQ。
error-a-weekly-repeat-rule-cannot-have = 每週重複規則不能包含 BYMONTHDAY。
error-interval-must-be-a-number-of = INTERVAL 必須是 1 到 4 之間的週數。
error-a-weekly-repeat-rule-needs-one = 每週重複規則需要一個 BYDAY，例如 BYDAY=TU。
error-byday-must-name-one-weekday-of = BYDAY 必須指定當月的某一個星期幾，例如 3WE 或 -1TH。
error-bymonthday-must-be-a-day-of = BYMONTHDAY 必須是 1 到 31 之間的日期。
error-a-repeat-rule-cannot-have-both = 重複規則不能同時包含 COUNT 和 UNTIL。
error-until-must-be-a-utc-date = UNTIL 必須是 UTC 日期時間，例如 20270630T225959Z。
error-each-reminder-time-may-be-given = 每個提醒時間只能設定一次。
error-choose-one-of-the-languages-muster = 請從 Muster 支援的語言中選擇：en, de, es, fr, pt-BR, ja, zh-CN, zh-TW。
error-choose-one-of-the-languages-listed = 請從列出的語言中選擇一種。

## Messages with values. Code writes the English with the values in place; the placeables
## below find them again. A text value also comes as `$name_key`, an identifier to select on
## (`The venue's name` → `the-venue-s-name`); see docs/translating.md.

error-names-can-be-at-most = 名稱不能超過 { $max } 個字元。
error-the-bio-can-be-at-most = 自我介紹不能超過 { $max } 個字元。
error-token-names-can-be-at-most = 權杖名稱不能超過 { $max } 個字元。
error-passwords-can-be-at-most = 密碼不能超過 { $max } 個字元。
error-use-at-least-characters = 請至少使用 { $min } 個字元。把幾個互不相關的單字組合起來，就是一組強密碼。
error-field-cannot-contain-line-breaks = { $what_key ->
    [the-name] 名稱
    [the-summary] 簡介
    [the-description] 說明
    [the-city] 城市
    [the-country] 國家/地區
    [the-code-of-conduct] 行為準則
    [the-report] 檢舉內容
    [the-reason] 原因
    [a-question] 問題
    [an-answer] 回答
    [the-title] 標題
    [the-venue-s-name] 場地名稱
    [the-address] 地址
    [how-to-find-us] 「如何找到我們」
    [the-question] 問題
    [the-answer] 回答
    [the-talk-s-title] 演講標題
    [the-speaker-s-name] 講者姓名
    [the-abstract] 摘要
    [the-comment] 留言
   *[other] 內容
}不能包含換行或控制字元。
error-field-cannot-contain-control = { $what_key ->
    [the-name] 名稱
    [the-summary] 簡介
    [the-description] 說明
    [the-city] 城市
    [the-country] 國家/地區
    [the-code-of-conduct] 行為準則
    [the-report] 檢舉內容
    [the-reason] 原因
    [a-question] 問題
    [an-answer] 回答
    [the-title] 標題
    [the-venue-s-name] 場地名稱
    [the-address] 地址
    [how-to-find-us] 「如何找到我們」
    [the-question] 問題
    [the-answer] 回答
    [the-talk-s-title] 演講標題
    [the-speaker-s-name] 講者姓名
    [the-abstract] 摘要
    [the-comment] 留言
   *[other] 內容
}不能包含控制字元。
error-field-needs-at-least = { $what_key ->
    [the-name] 名稱
    [the-summary] 簡介
    [the-description] 說明
    [the-city] 城市
    [the-country] 國家/地區
    [the-code-of-conduct] 行為準則
    [the-report] 檢舉內容
    [the-reason] 原因
    [a-question] 問題
    [an-answer] 回答
    [the-title] 標題
    [the-venue-s-name] 場地名稱
    [the-address] 地址
    [how-to-find-us] 「如何找到我們」
    [the-question] 問題
    [the-answer] 回答
    [the-talk-s-title] 演講標題
    [the-speaker-s-name] 講者姓名
    [the-abstract] 摘要
    [the-comment] 留言
   *[other] 內容
}至少需要 { $min } 個字元。
error-field-can-be-at-most = { $what_key ->
    [the-name] 名稱
    [the-summary] 簡介
    [the-description] 說明
    [the-city] 城市
    [the-country] 國家/地區
    [the-code-of-conduct] 行為準則
    [the-report] 檢舉內容
    [the-reason] 原因
    [a-question] 問題
    [an-answer] 回答
    [the-title] 標題
    [the-venue-s-name] 場地名稱
    [the-address] 地址
    [how-to-find-us] 「如何找到我們」
    [the-question] 問題
    [the-answer] 回答
    [the-talk-s-title] 演講標題
    [the-speaker-s-name] 講者姓名
    [the-abstract] 摘要
    [the-comment] 留言
   *[other] 內容
}不能超過 { $max } 個字元。
error-at-most-topics = 最多只能有 { $max } 個主題。
error-at-most-questions = 最多只能有 { $max } 個問題。
error-capacity-is-a-number-of-seats = 名額必須是 1 到 { $max } 之間的數字；留白表示不限。
error-guests-per-rsvp-is-a-number = 每筆報名的同行人數必須是 0 到 { $max } 之間的數字。
error-you-can-bring-at-most-guests = 您最多可以帶 { $max } 位同行者。
error-a-series-can-have-from = 一個系列可以包含 1 到 { $max } 場聚會。
error-enter-a-number-of-meetups-from = 請輸入 1 到 { $max } 之間的聚會場次。
error-the-first-date-must-be-a-weekday = 第一個日期必須是{ $weekday_key ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
    [sunday] 星期日
   *[other] { $weekday }
}。
error-the-first-date-must-be-the-last = 第一個日期必須是當月的最後一個{ $weekday_key ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
    [sunday] 星期日
   *[other] { $weekday }
}。
error-the-first-date-must-be-an-nth = 第一個日期必須是當月的{ $nth_key ->
    [first] 第一個
    [second] 第二個
    [third] 第三個
    [fourth] 第四個
    [last] 最後一個
   *[other] { $nth }
}{ $weekday_key ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
    [sunday] 星期日
   *[other] { $weekday }
}。
error-the-first-date-day-st = 第一個日期必須是某個月的 { $day } 日。
error-the-first-date-day-nd = 第一個日期必須是某個月的 { $day } 日。
error-the-first-date-day-rd = 第一個日期必須是某個月的 { $day } 日。
error-the-first-date-day-th = 第一個日期必須是某個月的 { $day } 日。
error-the-repeat-rule-must-be-written = 重複規則必須完全寫成「{ $rule }」。
error-this-repeat-rule-cannot-be-used = 無法使用此重複規則：{ $reason }
error-the-repeat-rule-could-not-be-read = 無法讀取重複規則：「{ $part }」不是 NAME=value 形式的片段。
error-repeat-rules-with-are-not-supported = 不支援包含 { $name } 的重複規則：請使用每週、每月的某個星期幾，或每月的某一天。
error-the-repeat-rule-names-twice = 重複規則中多次出現 { $name }。
error-repeat-rules-with-freq = 不支援 FREQ={ $freq } 的重複規則：請使用每週或每月重複。
error-at-most-reminders-were-given = 最多只能設定 { $max } 個提醒，但提供了 { $given } 個。
error-reminders-go-out-between = 提醒會在開始前 1 到 { $max } 小時（14 天）之間寄出；{ $hours } 小時不在此範圍內。
error-you-are-not-a-member-of-named = 您不是「{ $group }」的成員。
error-the-file-is-larger-than = 檔案超過了封存檔允許的上限 { $max } MiB。
error-this-is-not-a-zip-file = 這不是 ZIP 檔（{ $reason }）。請選擇 Muster 產生的封存檔。
error-the-zip-has-files = 這個 ZIP 檔包含 { $count } 個檔案；社群封存檔的檔案數量應該少得多。
error-this-archive-is-version = 此封存檔的版本為 { $version }；這個 Muster 只能讀取版本 { $supported }。請更新 Muster，或重新匯出社群。
error-the-address-is-taken-here = 地址 /g/{ $slug } 在本站已被使用。請改用其他地址匯入（--slug）。
error-the-meetup-on = { $day } 的聚會：{ $message }
error-this-link-has-already-been-used = 此連結已被使用。{ $again }
error-this-link-has-expired = 此連結已過期。{ $again }
error-this-link-is-not-valid = 此連結無效：可能是輸入錯誤，或已被較新的連結取代。{ $again }
error-you-are-the-only-organizer-of = 您是 { $groups } 唯一的主辦人。刪除帳號前，請先將其他人設為主辦人，或刪除該社群。
error-keep-it-under-characters = 請控制在 { $max } 個字元以內。
error-the-organizers-refused-your-request = 社群主辦人拒絕了您的申請。您可以從 { $when } 起再次申請；若他們撤銷拒絕，也可以提早申請。
error-the-time-to-refuse-ended = 拒絕期限已於 { $when } 結束；現在由管理員決定。
error-this-request-was-status = 此申請已不在待審核狀態：{ $status_key ->
    [pending] 它仍在等待審核
    [refused] 它已被主辦人拒絕
    [approved] 它已獲核准
    [withdrawn] 它已被撤回
    [rejected] 它未獲核准
   *[other] 它的狀態為「{ $status }」
}。
error-the-organizers-can-refuse-until = 社群主辦人可以在 { $when } 之前拒絕此申請。請在那之後再核准。
error-read-and-accept-the-conduct-version = 請先閱讀並接受社群目前的行為準則（第 { $version } 版）。
error-accept-version = 請接受第 { $version } 版。
error-not-possible-for-membership = 無法對{ $status_key ->
    [active] 活躍成員
    [pending] 正在等待審核的申請者
    [invited] 已受邀但尚未加入的人
    [banned] 已被封鎖的人
   *[other] 成員資格狀態為「{ $status }」的人
}執行此操作。
error-only-one-seat-is-left = 只剩 { $free } 個名額：請減少同行人數，或不帶同行者重新報名。
error-only-seats-are-left = 只剩 { $free } 個名額：請減少同行人數，或不帶同行者重新報名。
error-the-address-is-too-long = 網址過長：{ $size } KiB，但最多只會讀取 { $max } KiB。請改在請求內容中傳送較長的資料。
error-the-query-string-is-invalid = 查詢字串無效：{ $reason }
error-the-form-is-invalid = 表單無效：{ $reason }
error-the-request-body-is-larger-than = 請求內容超過 { $max } KiB。
error-the-body-is-not-valid-json-because = 內容不是有效的 JSON：{ $reason }
error-publish-a-draft-with = 請透過 POST /api/v1/events/{ $id }/publish 發布草稿。

## Messages without values that code writes in English.

error-that-is-not-your-current-password = 這不是您目前的密碼。
error-ask-for-a-new-link-in-settings = 您可以在帳號設定中索取新連結。
error-ask-for-a-new-link-on-reset = 您可以在重設密碼頁面索取新連結。
error-start-the-change-again = 您可以在帳號設定中重新進行變更。
error-that-is-not-the-current-setup-token = 這不是目前的設定權杖。請從伺服器的記錄檔中複製。
error-the-zip-has-no-archive-json = 這個 ZIP 檔中沒有 archive.json：它不是 Muster 社群封存檔。
error-only-members-of-the-group-can-be-added = 只能新增社群成員。
error-hosts-must-be-members-of-the-group = 主持人必須是社群成員。
error-choose-this-or-following = 請選擇 this（此活動）或 following（此活動及系列中之後的活動）。
error-the-start-is-in-the-past-move = 開始時間已經過去：請先調整活動時間，再發布。
error-the-speaker-must-be-a-member = 講者必須是社群成員（或只填寫姓名）。
error-give-the-talks-ids = 請提供各場演講的 ID。
error-list-every-talk-exactly-once = 議程中的每場演講都必須列出，且只能列出一次。
error-that-person-is-not-part-of-this-group = 此人不屬於這個社群。
error-that-address-has-had-too-many-emails = 這個地址最近收到太多來自本網站的電子郵件。請稍後再試。
error-private-groups-take-members-by-invitation = 不公開社群對外人不可見，因此僅限受邀者加入。
error-choose-a-language-from-the-list = 請從清單中選擇一種語言。
error-that-address-is-taken = 這個地址已被使用。請選擇其他地址。
error-type-the-groups-name-exactly = 請完整輸入社群名稱以確認。
error-the-image-is-larger-than-2-mib = 圖片大小超過 2 MiB。
error-upload-a-png-jpeg-webp-or-gif = 請上傳 PNG、JPEG、WebP 或 GIF 圖片。
error-the-image-could-not-be-read = 無法讀取圖片；圖片可能已損毀或過大（最大 4096 px）。
error-write-a-subject-of-1-to-150 = 請填寫 1 到 150 個字元的主旨。
error-write-a-message-of-1-to-10000 = 請填寫 1 到 10,000 個字元的訊息。
error-choose-all-going-waitlisted-or-not-answered = 請選擇 all、going、waitlisted 或 not_answered。
error-choose-the-event-this-audience-answered = 請選擇這些收件人所回覆的活動。
error-enter-a-valid-email-address-like = 請輸入有效的電子郵件地址，例如 ada@example.org。
error-names-cannot-contain-line-breaks = 名稱不能包含換行或其他控制字元。
error-that-password-is-one-of-the-most-common = 這個密碼是最常見的密碼之一，很容易被猜到。請換一個。
error-choose-draft-published-or-cancelled = 請選擇 draft、published 或 cancelled。
error-choose-going-waitlisted-or-not-going = 請選擇 going、waitlisted 或 not_going。
error-answer-yes-or-no = 請回答 yes 或 no。
error-choose-attended-no-show-or-unknown = 請選擇 attended、no_show 或 unknown。
error-this-event-does-not-allow-guests = 這場活動不開放攜帶同行者。
error-you-can-bring-at-most-1-guest = 您最多可以帶 1 位同行者。
error-this-event-is-not-published-yet = 這場活動尚未發布。
error-this-event-was-cancelled = 這場活動已取消。
error-this-event-has-already-started = 這場活動已經開始。
error-give-a-number-of-hours-from-0 = 請填寫 0 到 8760（一年）之間的小時數。
error-use-3-50-lower-case-letters = 請使用 3–50 個小寫英文字母、數字和單一連字號，並以字母開頭（例如 pyleeds 或 python-berlin）。
error-enter-a-web-address-up-to-500 = 請輸入像 https://example.org 這樣的網址（最多 500 個字元）。
error-choose-open-or-handled = 請選擇 open 或 handled。
error-choose-to-repeat-every-week = 請選擇每週重複，或每 2、3、4 週重複一次。
error-choose-the-nth-weekday-of-the-month = 請選擇當月的第一個、第二個、第三個、第四個或最後一個星期幾。
error-give-the-repeat-rules-value = 請填寫重複規則的值，前面不要加上「RRULE:」。
error-your-email-address-is-confirmed = 您的電子郵件地址已確認。
error-if-the-address-has-an-account = 如果這個地址有對應的帳號，我們已寄出設定新密碼的連結。
error-follow-the-link-to-the-new-address = 請點選我們寄到新地址的連結以完成確認。在此之前，您的地址維持不變。
error-if-the-address-can-be-used = 如果這個地址可以使用，我們已寄出一封電子郵件。請點選信中的連結確認您的地址。
error-the-api-token-is-invalid = API 權杖無效或已被撤銷。
error-this-calendar-link-does-not-exist = 此行事曆連結不存在或已被取代。請在帳號設定中取得新連結。
error-say-whether-the-feed-carries-every = 請指定訂閱內容是否包含您所屬社群的所有活動（true 或 false）。
error-choose-a-member-to-add = 請選擇要新增的成員。
error-give-a-time-or-a-number-of-hours = 請填寫時間或開始前的小時數，兩者擇一即可。
error-enter-a-number-of-seats = 請輸入名額數量，留白表示不限。
error-enter-a-number-of-guests-from-0-to-10 = 請輸入 0 到 10 之間的同行人數。
error-enter-a-whole-number-of-hours = 請輸入整數小時數，或留白。
error-enter-latitude-and-longitude = 請以數字輸入緯度和經度，例如 53.8008 和 -1.5491。
error-choose-a-weekday = 請選擇星期幾。
error-choose-the-nth-weekday = 請選擇第一個、第二個、第三個、第四個或最後一個星期幾。
error-choose-how-the-series-repeats = 請選擇系列的重複方式。
error-enter-the-last-date-like = 請輸入最後日期，例如 2027-06-30。
error-choose-a-number-of-guests = 請選擇同行人數。
error-only-for-changing-capacity = 僅在變更活動名額時使用。
error-choose-refuse-or-waitlist = 請選擇 refuse 或 waitlist。
error-series-are-published-as-created = 系列活動在建立時即發布。
error-the-body-must-be-a-json-object = 內容必須是 JSON 物件。
error-this-field-is-required = 此欄位為必填。
error-this-field-is-not-recognised = 無法識別此欄位。
error-choose-an-image-to-upload = 請選擇要上傳的圖片。
error-use-organizer-co-organizer = 請使用 organizer、co_organizer、assistant_organizer、event_organizer 或 member。
error-the-address-and-conduct-have-endpoints = 地址和行為準則需要透過各自的端點修改。
error-choose-an-ics-file = 請選擇 .ics 檔案，或輸入行事曆的網址。
error-enter-the-venues-name = 請輸入場地名稱。
error-enter-the-talks-title = 請輸入演講標題。
error-enter-the-comment = 請輸入留言內容。
error-give-a-domain-name-like-spam-example = 請輸入網域名稱，例如 spam.example。
error-pronouns-cannot-contain-control-characters = 人稱代名詞不能包含控制字元。
error-pronouns-can-be-at-most = 人稱代名詞不能超過 { $max } 個字元。
error-enter-a-fediverse-address-like = 請輸入類似 @name@mastodon.social 的聯邦宇宙地址，或留空。
error-enter-a-github-user-name-like = 請輸入類似 octocat 的 GitHub 使用者名稱（字母、數字和單一連字號，最多 39 個字元），或留空。

error-the-photo-is-larger-than-20-mib = 照片超過 20 MiB。
error-upload-a-jpeg-png-or-webp-photo = 請上傳 JPEG、PNG 或 WebP 照片。
error-the-photo-could-not-be-read = 無法讀取照片；照片可能已損毀或過大（最多 5000 萬像素）。
error-photos-are-for-meetups-that-took-place = 照片只能新增到已舉行的聚會。
error-photos-can-be-added-once-the-meetup-has-started = 聚會開始後才能新增照片。
error-only-people-who-went-can-add-photos = 只有參加了這次聚會的人和籌辦人可以新增照片。
error-write-a-caption-of-at-most-200-characters = 說明最多 200 個字元。
error-the-groups-photo-storage-is-full = 群組的照片儲存空間已滿（已用 { $used } / { $quota } MiB）。籌辦人可以移除照片來騰出空間。
error-only-the-person-who-added-a-photo-can-remove-it = 只有新增照片的人或群組籌辦人可以移除它。
error-say-what-is-wrong-with-the-photo = 請用 1 到 1000 個字元說明這張照片有什麼問題。
error-at-most-20-photos-at-once = 一次最多 20 張照片：請重新新增這一張。
error-choose-one-or-more-photos-to-add = 請選擇一張或多張要新增的照片。
error-enter-the-title = 請輸入標題。
error-enter-the-text = 請輸入內文。
error-organizers-start-discussions = 在這個社群中，由主辦人開啟討論，成員可以回覆。
error-discussion-locked = 這個討論已鎖定，不再接受新回覆。
error-only-author-edits = 只有作者本人可以編輯貼文。
error-only-author-or-moderators-remove = 只有作者本人或社群版主可以移除貼文。
error-choose-pin-or-lock = 請選擇 pin、unpin、lock 或 unlock。
error-radius-km-is-from-1-to = radius_km 的範圍是 1 到 1000。
error-no-place-called-is-known-enter = 找不到名為「{ $place }」的地點：請輸入城市（Potsdam 或 Potsdam, Germany）或緯度和經度（52.40,13.07）。
error-within-days-is-from-1-to = within_days 的範圍是 1 到 366。
error-enter-a-place = 請輸入地點。

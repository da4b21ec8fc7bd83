# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = { $name } 您好：
email-hello = 您好：
email-label-when = 時間：
email-label-where = 地點：
email-label-title = 標題：
email-label-join-online = 線上參加：
email-label-reported-by = 檢舉人：
email-label-about = 涉及對象：
email-was = （原為 { $value }）
email-see-event = 查看活動
email-open-group = 開啟社團
email-open-event = 開啟活動
email-review-request = 查看申請
email-open-account-settings = 開啟帳號設定
email-reset-my-password = 重設我的密碼
email-or-open-link = 或開啟這個連結：
email-ignore-if-not-asked = 如果這不是您本人的操作，請忽略這封郵件。
email-reason = 原因：{ $reason }
email-email-settings = 電子郵件設定
email-email-settings-txt = 電子郵件設定：{ $url }

## Footers

email-footer-account = 您收到這封郵件，是因為您在 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上有帳號。
email-footer-organizer-txt = 您收到這封郵件，是因為您在 { $instance } 上籌辦 { $group } · { $url }
email-footer-organizer-html = 您收到這封郵件，是因為您在 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上籌辦 { $group }。
email-footer-moderator-html = 您收到這封郵件，是因為您在 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上管理 { $group }。
email-group-footer-txt = { $instance } 上的 { $group } · { $url }
email-group-footer-conduct-txt = 行為準則：{ $url }
email-group-footer-stop-txt = 不再接收 { $group } 的{ $topic }（一鍵取消訂閱）：{ $url }
email-group-footer-html = 您以 <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> 上 { $group } 成員的身分收到這封郵件。我們的<a href="{ $conduct }" style="color:#2f5d8a;">行為準則</a>適用於每一場活動。
email-group-footer-stop-html = 不再接收 { $group } 的{ $topic }
email-topic-announcements = 新活動通知
email-topic-reminders = 已報名活動的提醒
email-topic-messages = 籌辦人訊息

## Account

email-verify-subject = 確認您在 { $instance } 的電子郵件地址
email-verify-intro-txt = 請確認這是您的電子郵件地址，以便在 { $instance } 上建立社團並報名參加聚會：
email-verify-intro-html = 請確認這是您的電子郵件地址，以便在 { $instance } 上建立社團並報名參加聚會。
email-verify-button = 確認我的電子郵件地址
email-verify-expiry-txt = 這個連結只能使用一次，3 天後失效。如果您沒有註冊，請忽略這封郵件。
email-verify-expiry-html = 連結只能使用一次，3 天後失效。如果您沒有註冊，請忽略這封郵件。

email-reset-subject = 重設您的 { $instance } 密碼
email-reset-intro-txt = 有人（希望是您本人）申請重設您在 { $instance } 的帳號密碼。請在這裡設定新密碼：
email-reset-intro-html = 有人（希望是您本人）申請重設您在 { $instance } 的帳號密碼。
email-reset-button = 設定新密碼
email-reset-expiry-txt = 這個連結只能使用一次，1 小時後失效。如果這不是您本人的操作，請忽略這封郵件，您的密碼不會變更。
email-reset-expiry-html = 連結只能使用一次，1 小時後失效。如果這不是您本人的操作，請忽略這封郵件，您的密碼不會變更。

email-reset-unknown-subject = { $instance } 收到密碼重設申請
email-reset-unknown-intro = 有人為這個電子郵件地址申請重設 { $instance } 帳號的密碼，但沒有使用這個地址的帳號。
email-reset-unknown-signup = 如果是您本人，您可能是用其他地址註冊的。您也可以建立新帳號：
email-reset-unknown-button = 註冊

email-signup-existing-subject = 您已經有 { $instance } 帳號了
email-signup-existing-intro = 有人嘗試用這個電子郵件地址註冊 { $instance }，但您已經有帳號了。如果是您本人，請直接登入；如果忘記密碼，可以重設：
email-signup-existing-not-you = 如果不是您本人，請忽略這封郵件。沒有任何變更。

email-confirm-change-subject = 確認您在 { $instance } 的新電子郵件地址
email-confirm-change-intro-txt = 請確認要將 { $email } 設為您在 { $instance } 的帳號電子郵件地址：
email-confirm-change-intro-html = 請確認要將 { $email } 設為您在 { $instance } 的帳號電子郵件地址。
email-confirm-change-button = 確認新地址
email-confirm-change-expiry-txt = 這個連結只能使用一次，1 天後失效。在您確認之前，帳號仍使用目前的地址。
email-confirm-change-expiry-html = 連結只能使用一次，1 天後失效。在您確認之前，帳號仍使用目前的地址。

email-change-requested-subject = 您在 { $instance } 的電子郵件地址即將變更
email-change-requested-intro-txt = 有人申請將您在 { $instance } 的帳號電子郵件地址改為 { $email }。新地址確認後才會生效。
email-change-requested-intro-html = 有人申請將您在 { $instance } 的帳號電子郵件地址改為 <strong>{ $email }</strong>。新地址確認後才會生效。
email-change-requested-not-you = 如果不是您本人，請立即變更密碼並檢查帳號設定：

email-password-changed-subject = 您的 { $instance } 密碼已變更
email-password-changed-intro = 您在 { $instance } 的帳號密碼剛剛已變更，所有裝置都已登出。
email-password-changed-not-you-txt = 如果不是您本人，請立即重設密碼：{ $url }/account/reset
email-password-changed-not-you-html = 如果不是您本人，請立即重設密碼：

email-address-in-use-subject = 這個地址已有 { $instance } 帳號
email-address-in-use-intro = 有人申請將另一個 { $instance } 帳號改用這個電子郵件地址。這個地址已有帳號，因此沒有任何變更。
email-address-in-use-reset = 如果您忘記了帳號密碼，可以重設：

## Groups

email-invitation-subject = 邀請您加入 { $group }
email-invitation-intro-txt = { $inviter } 邀請您加入 { $instance } 上的 { $group }。請在這裡接受邀請（如有需要，請先登入或註冊）：
email-invitation-intro-html = { $inviter } 邀請您加入 { $instance } 上的 <strong>{ $group }</strong>。
email-invitation-button = 接受邀請
email-invitation-expiry = 這個連結只能使用一次，14 天後失效。如果您不想加入，請忽略這封郵件。

email-membership-approved-subject = 歡迎加入 { $group }
email-membership-approved-txt = 您加入 { $group } 的申請已通過。歡迎！看看接下來有哪些活動：
email-membership-approved-html = 您加入 <strong>{ $group }</strong> 的申請已通過。歡迎！
email-membership-approved-button = 查看近期活動

email-conduct-subject = { $group } 收到一則行為檢舉
email-conduct-intro-txt = 有人向 { $group } 的籌辦人檢舉了一個行為問題。
email-conduct-intro-html = 有人向 <strong>{ $group }</strong> 的籌辦人檢舉了一個行為問題。
email-conduct-private-txt = 檢舉內容僅籌辦人可見（若檢舉涉及籌辦人，站台管理員也可見）。請在這裡後續處理並標記為已處理：
email-conduct-private-html = 檢舉內容僅籌辦人可見（若檢舉涉及籌辦人，站台管理員也可見）。
email-conduct-button = 開啟檢舉

email-join-request-subject = { $requester } 申請加入 { $group }
email-join-request-txt = { $requester } 申請加入 { $group }。請在這裡核准或拒絕：
email-join-request-html = <strong>{ $requester }</strong> 申請加入 <strong>{ $group }</strong>。

email-adoption-requested-subject = { $requester } 申請接手 { $group }
email-adoption-requested-intro-txt = { $requester } 申請接手已經很久沒有活動的 { $group }，並成為籌辦人之一。
email-adoption-requested-intro-html = <strong>{ $requester }</strong> 申請接手已經很久沒有活動的 <strong>{ $group }</strong>，並成為籌辦人之一。
email-adoption-their-message = 申請留言：
email-adoption-requested-refuse-txt = 如果您仍在經營這個社團且不同意，請在 { $date } 之前拒絕申請：
email-adoption-requested-after-txt = 過了這個日期，{ $instance } 的管理員就可以核准申請。無論結果如何，您都仍是籌辦人。
email-adoption-requested-refuse-html = 如果您仍在經營這個社團且不同意，請在 <strong>{ $date }</strong> 之前拒絕申請。過了這個日期，{ $instance } 的管理員就可以核准申請。無論結果如何，您都仍是籌辦人。

email-adoption-approved-subject = 您現在是 { $group } 的籌辦人了
email-adoption-declined-subject = 您接手 { $group } 的申請未獲核准
email-adoption-approved-txt = 您接手 { $group } 的申請已獲核准。您現在是它的籌辦人之一：歡迎加入！
email-adoption-approved-html = 您接手 <strong>{ $group }</strong> 的申請已獲核准。您現在是它的籌辦人之一：歡迎加入！
email-adoption-refused-txt = { $group } 的籌辦人拒絕了您的接手申請：他們仍在經營這個社團。
email-adoption-refused-html = <strong>{ $group }</strong> 的籌辦人拒絕了您的接手申請：他們仍在經營這個社團。
email-adoption-rejected-txt = 您接手 { $group } 的申請已被 { $instance } 的管理員拒絕。
email-adoption-rejected-html = 您接手 <strong>{ $group }</strong> 的申請已被 { $instance } 的管理員拒絕。

email-co-organizer-subject = { $adopter } 現在和您一起籌辦 { $group }
email-co-organizer-txt = { $adopter } 申請接手 { $group }，期限前無人拒絕，{ $instance } 的管理員已核准申請。{ $adopter } 現在和您一樣是社團的籌辦人。您仍是籌辦人；社團設定中可以看到所有經營者：
email-co-organizer-html = { $adopter } 申請接手 <strong>{ $group }</strong>，期限前無人拒絕，{ $instance } 的管理員已核准申請。{ $adopter } 現在和您一樣是社團的籌辦人。您仍是籌辦人；社團設定中可以看到所有經營者。
email-co-organizer-button = 開啟社團設定

email-organizer-wrote-txt = { $group } 的籌辦人 { $sender } 寫道：
email-organizer-wrote-about-txt = { $group } 的籌辦人 { $sender } 針對 { $event } 寫道：
email-organizer-wrote-html = <strong>{ $group }</strong> 的籌辦人 { $sender } 寫道：
email-organizer-wrote-about-html = <strong>{ $group }</strong> 的籌辦人 { $sender } 針對 <strong>{ $event }</strong> 寫道：

## Events

email-promoted-subject = 您已取得名額：{ $event }
email-promoted-intro-txt = 好消息：有名額空出來了，您現在可以參加 { $event }（{ $group }）。
email-promoted-intro-html = 好消息：有名額空出來了，您現在<strong>可以參加</strong> <strong>{ $event }</strong>（{ $group }）。
email-promoted-outro-txt =
    活動頁面上有詳細資訊；如果您無法出席，也可以在那裡按按鈕取消（名額會轉給
    候補名單上的下一位）：
email-promoted-outro-html = 如果您無法出席，請在活動頁面上告知，名額會轉給候補名單上的下一位。

email-announcement-subject = 新活動：{ $event }（{ $group }）
email-announcement-intro-txt = { $group } 發布了新活動：
email-announcement-intro-html = <strong>{ $group }</strong> 發布了新活動：
email-announcement-details-txt = 詳細資訊與報名：
email-announcement-button = 詳細資訊與報名

email-rsvp-going-subject = 您已報名：{ $event }
email-rsvp-waitlist-subject = 您在候補名單上（第 { $position } 位）：{ $event }
email-rsvp-going-txt =
    您已報名參加 { $event }（{ $group }）。附件中的邀請
    會將活動加入您的行事曆，活動有異動時也會同步更新。
email-rsvp-waitlist-txt =
    活動已額滿，您在 { $event }
    （{ $group }）的候補名單上，排第 { $position } 位。一有名額空出，候補名單上的下一位
    會立即取得名額並收到郵件。
email-rsvp-going-html = 您已<strong>報名參加</strong> <strong>{ $event }</strong>（{ $group }）。附件中的邀請會將活動加入您的行事曆，活動有異動時也會同步更新。
email-rsvp-waitlist-html = 活動已額滿，您在 <strong>{ $event }</strong>（{ $group }）的<strong>候補名單</strong>上，排第 <strong>{ $position }</strong> 位。一有名額空出，候補名單上的下一位會立即取得名額並收到郵件。
email-rsvp-plans-change-txt = 如果計畫有變，請在活動頁面上重新回覆，把名額讓給其他人：
email-rsvp-plans-change-html = 如果計畫有變，請在活動頁面上重新回覆，把名額讓給其他人。

email-reminder-subject = 提醒：{ $event } 將在 { $lead } 後開始
email-reminder-intro-txt = 您報名的 { $event }（{ $group }）將在 { $lead } 後開始。
email-reminder-intro-html = 您報名的 <strong>{ $event }</strong>（{ $group }）將在 { $lead } 後開始。
email-reminder-still-coming-txt = 還會出席嗎？按一下就能告訴籌辦人：
email-reminder-cant-make-it-txt = 無法出席了嗎？按一下就能把名額讓給候補名單上的下一位：
email-reminder-event-page-txt = 活動頁面：
email-reminder-still-coming = 我會出席
email-reminder-cant-make-it = 我無法出席
email-reminder-frees-seat-html = 按下「我無法出席」就會把您的名額讓給候補名單上的下一位。<a href="{ $url }" style="color:#2f5d8a;">查看活動</a>。

email-changed-subject = 已異動：{ $event }，現在是 { $when }
email-changed-intro-txt = { $event }（{ $group }）有異動。目前的安排如下：
email-changed-intro-html = <strong>{ $event }</strong>（{ $group }）有異動。目前的安排如下：
email-changed-no-place-now = 目前未指定地點
email-changed-no-place-given = 未指定地點
email-changed-outro-txt =
    附件中的更新會調整您行事曆中的活動。如果您無法出席了，請在活動頁面上
    重新回覆，把名額讓給其他人：
email-changed-outro-html = 附件中的更新會調整您行事曆中的活動。如果您無法出席了，請在活動頁面上重新回覆，把名額讓給其他人。

email-cancelled-subject = 已取消：{ $event }
email-cancelled-intro-txt = 原定於 { $when } 舉行的 { $event }（{ $group }）已取消。
email-cancelled-intro-html = 原定於 { $when } 舉行的 <strong>{ $event }</strong>（{ $group }）<strong>已取消</strong>。
email-cancelled-wrote-txt = 籌辦人留言：{ $reason }
email-cancelled-wrote-html = 籌辦人留言：
email-cancelled-outro-txt = 附件中的取消通知會將活動從您的行事曆中移除。活動頁面仍會保留：
email-cancelled-outro-html = 附件中的取消通知會將活動從您的行事曆中移除。活動頁面仍會保留。

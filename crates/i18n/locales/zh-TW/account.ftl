# 帳號頁面：登入、註冊、密碼、設定、電子郵件設定、刪除帳號、權杖和行事曆訂閱，以及第一位管理員的初始設定。

## 共用
account-field-email = 電子郵件地址
account-field-password = 密碼
account-field-your-name = 您的名字
account-password-hint = 至少 8 個字元。
account-back-to-settings = 返回設定
account-check-inbox = 請查看您的收件匣
account-settings-link = 帳號設定

## 登入
account-login-title = 登入
account-login-button = 登入
account-login-forgot = 忘記密碼？
account-login-new = 第一次來嗎？<a href="/account/signup">建立帳號</a>。

## 註冊
account-signup-page-title = 註冊
account-signup-title = 建立您的帳號
account-signup-intro = 加入在地社群、報名參加聚會，並接收提醒。已經有帳號了？<a href="/account/login">登入</a>。
account-signup-name-hint = 會顯示給您加入的社群。
account-signup-password-hint = 至少 8 個字元。用幾個彼此無關的詞組合起來就很好。
account-signup-button = 建立帳號
account-signup-sent = 如果這個地址可以使用，我們已寄出一封電子郵件。請點選信中的連結驗證您的地址，然後登入。
account-signup-log-in = 登入

## 電子郵件中的連結
account-verify-title = 驗證您的電子郵件地址
account-verify-message = 請按下按鈕，確認這個地址屬於您。
account-verify-button = 驗證我的電子郵件地址
account-email-confirm-title = 驗證您的新電子郵件地址
account-email-confirm-message = 請按下按鈕，讓您的帳號改用這個地址。
account-email-confirm-button = 驗證新地址
account-email-changed-title = 電子郵件地址已變更
account-email-changed-message = 您的帳號現在使用新地址。

## 重設密碼
account-reset-request-title = 重設密碼
account-reset-request-intro = 請輸入您註冊時使用的地址。我們會寄給您一個設定新密碼的連結。
account-reset-request-button = 寄送連結給我
account-reset-sent = 如果這個地址有對應的帳號，我們已寄出設定新密碼的連結。連結在一小時內有效。
account-reset-title = 設定新密碼
account-reset-intro = 設定後，所有登入您帳號的裝置都會被登出。
account-reset-field = 新密碼
account-reset-button = 設定新密碼

## 設定
account-settings-title = 帳號設定
account-profile = 個人檔案
account-field-name = 名字
account-field-bio = 自我介紹
account-optional = （選填）
account-field-timezone = 時區
account-timezone-hint = 時間會以活動所在時區顯示，並附上您所在時區的時間。
account-field-language = 語言
account-language-browser = 依照瀏覽器設定
account-profile-save = 儲存個人檔案
account-email-title = 電子郵件地址
account-email-confirmed = 您的地址是 <strong>{ $address }</strong>（已驗證）。
account-email-unconfirmed = 您的地址是 <strong>{ $address }</strong>（<em>尚未驗證</em>）。
account-email-resend = 重新寄送驗證連結
account-email-new = 新的電子郵件地址
account-email-new-hint = 我們會寄連結到新地址；在您點選之前，一切都不會變更。
account-password-current = 目前的密碼
account-email-change = 變更電子郵件地址
account-notifications-title = 來自社群的電子郵件
account-notifications-intro = 您可以為每個社群選擇是否接收新活動公告、所報名活動開始前的提醒，以及主辦人的訊息，或是只接收與帳號相關的電子郵件。
account-notifications-link = 電子郵件設定
account-password-title = 密碼
account-password-new = 新密碼
account-password-new-hint = 至少 8 個字元。您的其他裝置將會被登出。
account-password-change = 變更密碼
account-sessions-title = 已登入的裝置
account-sessions-device = 裝置
account-sessions-address = IP 位址
account-sessions-last-active = 最近活動（UTC）
account-actions = 動作
account-sessions-unknown = 不明裝置
account-sessions-this = （此裝置）
account-sessions-log-out = 登出
account-sessions-log-out-all = 登出所有裝置
account-tokens-title = 個人 API 權杖
account-tokens-intro = 權杖可讓指令碼以您的身分使用 API：請傳送 <code>Authorization: Bearer &lt;token&gt;</code>。
account-tokens-none = 還沒有權杖。
account-tokens-name = 名稱
account-tokens-prefix = 開頭字元
account-tokens-created = 建立時間
account-tokens-last-used = 最近使用
account-tokens-revoke = 撤銷
account-tokens-new = 新權杖名稱
account-tokens-new-hint = 例如：行事曆指令碼。
account-tokens-create = 建立權杖
account-never = 從未
account-date-time = { $date } { $time }
account-feed-title = 行事曆訂閱
account-feed-intro = 一個供行事曆 App 訂閱的私人網址：包含您報名參加的活動（候補中的活動標示為暫定），並隨時保持最新。私人社群的活動只會出現在這裡。
account-feed-made = 您的訂閱連結建立於 { $created }；行事曆 App 最近一次讀取：{ $used }。為了安全，連結只顯示一次；如需再次查看，請產生新連結（舊連結將會失效）。
account-feed-all = 同時顯示我所屬社群的所有活動
account-feed-save = 儲存
account-feed-new-link = 產生新連結
account-feed-off = 關閉
account-feed-make = 產生我的行事曆訂閱連結
account-data-title = 您的資料
account-data-intro = Muster 保存的所有與您相關的資料：帳號、社群成員身分、報名、留言和講題，整理成一個 JSON 檔案。
account-data-download = 下載我的資料
account-delete-title = 刪除帳號
account-delete-intro = 刪除帳號會移除您的名字、電子郵件地址、個人檔案、登入工作階段和權杖。
account-delete-link = 刪除我的帳號…

## 刪除帳號
account-delete-page-title = 刪除您的帳號
account-delete-removes = 這會移除您的名字、電子郵件地址、個人檔案、登入工作階段和 API 權杖，且無法復原。
account-delete-history = 社群會保留其歷史紀錄：您參加過的活動仍會以匿名方式將您計入，您的講題也會保留您填寫的講者名稱——除非您勾選下方的選項。
account-delete-sole = 您是 { $groups } 唯一的主辦人。社群不能沒有主辦人：請先在那裡指定其他人為主辦人，或刪除該社群，然後再回來刪除您的帳號。
account-delete-back = 返回我的設定
account-delete-password = 您的密碼
account-delete-password-hint = 用來確認是您本人。
account-delete-talks = 同時從我的講題中移除我的名字（將顯示「前成員」）
account-delete-button = 刪除我的帳號
account-delete-keep = 保留我的帳號

## 電子郵件設定
account-email-settings-title = 電子郵件設定
account-email-settings-back = 您的帳號設定
account-email-settings-saved = 已儲存。
account-email-settings-everything = 全部
account-email-settings-only-account = 除了帳號安全通知（登入連結、密碼與地址變更）以外，不接收任何電子郵件
account-email-settings-announcements = 新活動公告
account-email-settings-reminders = 我報名的活動開始前的提醒
account-email-settings-messages = 主辦人的訊息
account-email-settings-no-groups = 您尚未加入任何社群。
account-email-settings-rsvps = 關於您自己報名的電子郵件（確認、變更、取消）只受上方開關控制。
account-email-settings-save = 儲存

## 新權杖、新行事曆訂閱
account-token-created-title = 您的新權杖「{ $name }」
account-token-created-page-title = 您的新權杖
account-token-created-copy = 請立即複製：權杖只會顯示這一次。
account-feed-created-title = 您的行事曆訂閱
account-feed-created-intro = 訂閱一次，行事曆就會一直正確：新活動會出現，改期的活動會跟著移動，取消的活動會標示已取消。
account-feed-created-subscribe = 在行事曆 App 中訂閱
account-feed-created-google = 加入 Google 日曆
account-feed-created-copy = 或將這個網址複製到您的行事曆 App（「透過網址訂閱行事曆」）：
account-feed-created-private = 這個連結只會在現在顯示。請妥善保密：任何擁有它的人都能看到您的行事曆。如果外洩，請在設定中產生新連結，舊連結會立即失效。

## 初始設定
account-setup-page-title = 設定 { $instance }
account-setup-title = 建立第一位管理員
account-setup-intro = 這個頁面只能在全新的站台上使用一次，需要伺服器日誌中顯示的設定權杖。
account-setup-token = 設定權杖
account-setup-token-hint = 請見日誌中「open …/setup?token=…」這一行。
account-setup-button = 建立管理員
account-profile-view = 查看你的個人頁面
account-avatar-label = 頭像
account-avatar-hint = PNG、JPEG、WebP 或 GIF，最大 2 MiB。以圓形顯示，縮小到 256 像素，並移除中繼資料（例如拍攝地點）後儲存。
account-avatar-upload = 上傳頭像
account-avatar-remove = 移除頭像
account-field-pronouns = 人稱代名詞
account-pronouns-hint = 選填，例如 她 或 they/them。
account-field-website = 網站
account-field-fediverse = 聯邦宇宙
account-fediverse-hint = 選填：你的地址，例如 @name@mastodon.social。
account-field-github = GitHub
account-github-hint = 選填：你的 GitHub 使用者名稱。
account-field-unlisted = 不在清單中顯示我
account-unlisted-hint = 你不會出現在聚會的參加者或成員清單中，其他人也無法開啟你的個人頁面。主辦人仍會在參加者名單中看到你。
profile-own = 這是別人看到的你的個人頁面。
profile-own-unlisted = 只有你能看到此頁面：你選擇了不在清單中顯示。
profile-edit = 編輯個人資料
profile-about = 簡介
profile-website = 網站
profile-fediverse = 聯邦宇宙
profile-groups = 群組
profile-no-groups = 沒有可顯示的群組。
profile-talks = 演講

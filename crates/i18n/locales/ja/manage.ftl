# 運営者向けページ：グループ設定、メンバー管理、メッセージ、イベントのフォーム、
# 参加者、チェックイン、シリーズ。

## Group settings

manage-settings-title = 設定
manage-settings-save = 設定を保存
manage-language-label = グループの言語
manage-language-hint = 運営者がグループのページを書く言語です。
manage-language-not-set = 未設定
manage-logo-title = ロゴ
manage-logo-upload-label = 画像をアップロード
manage-logo-upload-hint = PNG、JPEG、WebP、GIF（2 MiB まで）。512 ピクセルに縮小されます。
manage-logo-upload = アップロード
manage-history-title = これまでの記録を取り込む
manage-history-import-link = iCalendar ファイルまたはアドレスから、グループの過去のイベントをインポート…
manage-history-placeholders-link = Meetup.com からインポートした人と、その引き継ぎリンク…
manage-conduct-title = 行動規範
manage-conduct-text-label = 本文（Markdown）
manage-conduct-text-hint = 保存すると新しいバージョンが公開され、メンバーは次回の出欠登録の前に改めて同意します。
manage-conduct-publish = 新しいバージョンを公開
manage-archive-title = グループのアーカイブをダウンロード
manage-archive-text = グループのこれまでの活動をすべてまとめた ZIP です。イベント、トーク、会場、行動規範の JSON、全イベントのカレンダー、どのブラウザーでも開けるページのコピーが含まれます。ほかの Muster でインポートできます。メンバーは人数として数えられ、許可した人だけが名前で記載されます。
manage-archive-download = アーカイブをダウンロード（.zip）
manage-adoption-title = 引き継ぎの申し出
manage-adoption-text = グループの活動が止まると、ほかの人が引き継ぎを申し出ることがあります。その際はメールが届き、断ることもできます。
manage-adoption-see = 申し出を見る
manage-delete-title = グループを削除
manage-delete-link = { $name } を削除…

## The group's fields (creation and settings)

manage-field-name = グループ名
manage-field-summary = 概要
manage-field-summary-hint = 1 行で：誰が、何について、どのくらいの頻度で集まるか。
manage-field-description = 説明
manage-field-description-hint = Markdown：**太字**、[リンク](https://…)、箇条書き。
manage-field-city = 市区町村
manage-field-country = 国
manage-field-lat = 緯度（任意）
manage-field-lat-hint = いつもの会場周辺の地図用。例：53.8008
manage-field-lon = 経度（任意）
manage-field-timezone = タイムゾーン
manage-field-timezone-hint = グループのイベントの既定値です。
manage-field-topics = トピック
manage-field-topics-hint = カンマ区切り。例：python, data science, web
manage-field-links = リンク（任意）
manage-field-website = ウェブサイト
manage-field-chat = チャット
manage-field-mailing-list = メーリングリスト
manage-field-repository = コードリポジトリ
manage-field-logo-url = ロゴ画像のアドレス
manage-field-logo-url-hint = グループの設定でロゴをアップロードすることもできます。
manage-field-contact-email = 連絡先メールアドレス
manage-field-contact-email-hint = 行動規範に記載されます。既定ではあなたのアドレスです。
manage-field-who-can-join = 参加できる人
manage-field-visibility = 公開範囲
manage-field-visibility-public = 公開：誰でもグループ、イベント、メンバーを見られます
manage-field-visibility-private = 非公開：メンバーだけが閲覧できます（招待制）
manage-field-joining = 参加方法
manage-field-joining-open = 自由参加：行動規範に同意すれば誰でも
manage-field-joining-approval = 承認制：運営者が申請ごとに承認します
manage-field-joining-invite = 招待制のみ
manage-field-questions = 新しいメンバーへの質問（任意）
manage-field-questions-hint = 1 行に 1 問、5 問まで。回答は運営者だけが見られます。

## Starting a group

manage-new-title = グループを作る
manage-new-intro = あなたがグループの運営者になります。あなたの連絡先を記載した標準の行動規範が追加されます。いつでも編集できます。
manage-new-address = アドレス
manage-new-address-hint = グループは /g/アドレス に置かれます：半角小文字、数字、ハイフンが使えます。
manage-new-create = グループを作成

## Roles

manage-role-organizer = オーガナイザー
manage-role-co-organizer = 共同オーガナイザー
manage-role-assistant-organizer = アシスタントオーガナイザー
manage-role-event-organizer = イベントオーガナイザー
manage-role-member = メンバー

## Managing members

manage-members-title = メンバーを管理
manage-requests-title = 参加申請
manage-requests-none = 保留中の申請はありません。
manage-requests-approve = 承認
manage-requests-decline = 却下
manage-invite-title = 招待する
manage-invite-email = メールアドレス
manage-invite-email-hint = 1 回だけ使えるリンクが届きます（有効期間 14 日）。
manage-invite-send = 招待を送信
manage-members-heading = メンバー
manage-members-write = メンバー全員にメッセージを送る
manage-members-name = 名前
manage-members-role = 役割
manage-members-actions = 操作
manage-members-hidden = 非表示
manage-members-role-of = { $name } さんの役割
manage-members-change = 変更
manage-members-remove = 退会させる
manage-members-reason = 理由
manage-members-reason-placeholder = 理由（任意）
manage-members-ban = 参加禁止
manage-banned-title = 参加禁止中
manage-banned-lift = 参加禁止を解除

## The member list

manage-list-title = メンバー
manage-list-you-hidden = あなたは公開メンバー一覧に表示されていません。
manage-list-you-shown = あなたはメンバー一覧に表示されています。
manage-list-show-me = 表示する
manage-list-hide-me = 非表示にする
manage-list-in-archive = 運営者がグループのアーカイブをダウンロードすると、あなたの名前と出席記録が含まれます。
manage-list-not-in-archive = グループのアーカイブではあなたは人数として数えられますが、名前は記載されません。
manage-list-leave-archive = アーカイブに名前を載せない
manage-list-join-archive = アーカイブに名前を載せる

## Writing to members

manage-compose-title = メンバーにメッセージを送る
manage-compose-hint = 運営者からのメッセージをオフにしているメンバーには届きません。1 つのグループが送れるメッセージは 1 日 5 通までです。
manage-compose-preview-title = プレビュー
manage-compose-preview-to = 宛先：{ $count } 人
manage-compose-preview-to-about = 宛先：{ $count } 人（{ $event } について）
manage-compose-to = 宛先
manage-compose-to-all = メンバー全員
manage-compose-to-going = { $event }（{ $date }）の参加者
manage-compose-to-waitlisted = { $event }（{ $date }）のキャンセル待ちの人
manage-compose-to-not-answered = { $event }（{ $date }）に未回答のメンバー
manage-compose-subject = 件名
manage-compose-message = メッセージ
manage-compose-body-hint = プレーンテキスト。各メールにはグループへのリンクと、これらのメッセージをワンクリックで停止する方法が追加されます。
manage-compose-body-hint-event = プレーンテキスト。各メールにはグループとイベントへのリンクと、これらのメッセージをワンクリックで停止する方法が追加されます。
manage-compose-preview = プレビュー
manage-compose-send = 送信する
manage-compose-sent = メッセージを { $count } 人に送信しています。

## Event forms

manage-event-new-series = 新しいシリーズ
manage-event-new-event = 新しいイベント
manage-event-schedule-series-title = 定期開催のシリーズを登録
manage-event-schedule-event-title = イベントを登録
manage-event-series-intro = 初回の日時を入力してください。以降の回は下のルールに従って作られ、それぞれが出欠登録のできる通常のイベントになります。今後 90 日分の回が今すぐ作成され、それ以降の回は順次作成されます。
manage-event-fields-need-attention = 確認が必要な項目があります。下のメッセージをご覧ください。
manage-event-schedule-series = シリーズを登録
manage-event-schedule-event = イベントを登録
manage-event-edit-title-short = 編集
manage-event-edit-title = イベントを編集
manage-event-overflow-legend = 定員が参加者数を下回る場合
manage-event-seats-taken = 現在 { $count } 席が埋まっています。
manage-event-overflow-label = 定員が埋まっている席数を下回る場合、最も新しい出欠登録をキャンセル待ちに移す
manage-event-apply-to = 適用範囲
manage-event-scope-this = このイベントのみ
manage-event-scope-following = このイベントとシリーズの以降のイベント
manage-event-save = イベントを保存
manage-event-field-title = タイトル
manage-event-field-when = 日時
manage-event-field-starts = 開始
manage-event-field-ends = 終了
manage-event-field-timezone-hint = 開始と終了はこのタイムゾーンの時刻です。
manage-event-field-where = 場所
manage-event-field-venue = 会場
manage-event-field-venue-hint = オンラインのみのイベントでは会場を空欄にしてください。
manage-event-field-address = 住所
manage-event-field-directions = 会場への行き方
manage-event-field-lat = 緯度（任意）
manage-event-field-lat-hint = 地図リンク用。例：53.8008
manage-event-field-lon = 経度（任意）
manage-event-field-lon-hint = 例：-1.5491
manage-event-field-online-url = オンライン参加リンク（任意）
manage-event-field-online-url-hint = 参加者と運営者にだけ表示されます。
manage-event-field-rsvps = 出欠登録
manage-event-field-capacity = 定員
manage-event-field-capacity-hint = 空欄：定員なし。同伴者も席を使います。
manage-event-field-guest-limit = 1 人あたりの同伴者数
manage-event-field-rsvp-opens = 出欠登録の開始（開始の何時間前）
manage-event-field-rsvp-opens-hint = 空欄：今すぐ開始。
manage-event-field-rsvp-closes = 出欠登録の締め切り（開始の何時間前）
manage-event-field-rsvp-closes-hint = 空欄：開始時刻まで。
manage-event-field-rsvp-question = 出欠登録する人への質問（任意）
manage-event-field-rsvp-question-hint = 例：食事の制限はありますか？ 回答は運営者だけが見られます。
manage-event-field-hosts = ホスト（5 人まで）
manage-event-field-options = オプション
manage-event-field-draft = 下書きとして保存（公開するまで運営者だけが見られます）
manage-event-field-announce-series = 各回の 2 週間前にメールでメンバーに告知する
manage-event-field-announce = メールでメンバーに告知する
manage-event-field-reminders = 参加者にリマインダーを送る

## Repeating series

manage-repeat-legend = 繰り返し
manage-repeat-weekly = 毎週
manage-repeat-every = 間隔
manage-repeat-week = 毎週
manage-repeat-weeks = { $count } 週間ごと
manage-repeat-monthly-nth = 毎月、特定の曜日（「毎月第 3 水曜日」）
manage-repeat-which = 第何週
manage-repeat-as-first-date = 初回と同じ
manage-repeat-weekday = 曜日（毎週、および毎月の特定の曜日）
manage-repeat-monthly-day = 毎月、特定の日
manage-repeat-day = 日
manage-repeat-day-hint = 1～31。空欄：初回と同じ日。その日がない月はスキップされます。
manage-repeat-end-count = 回数で終了
manage-repeat-count = 回数
manage-repeat-end-until = 日付で終了
manage-repeat-until = 最終日
manage-repeat-weekday-mon = 月曜日
manage-repeat-weekday-tue = 火曜日
manage-repeat-weekday-wed = 水曜日
manage-repeat-weekday-thu = 木曜日
manage-repeat-weekday-fri = 金曜日
manage-repeat-weekday-sat = 土曜日
manage-repeat-weekday-sun = 日曜日
manage-repeat-nth-1 = 第 1
manage-repeat-nth-2 = 第 2
manage-repeat-nth-3 = 第 3
manage-repeat-nth-4 = 第 4
manage-repeat-nth-minus1 = 最終

## Cancelling an event

manage-cancel-title-short = 中止
manage-cancel-title = イベントを中止
manage-cancel-intro = イベントは一覧に残り、中止と表示されてあなたの理由が添えられるので、メンバーは何があったのかがわかります。
manage-cancel-reason = 理由
manage-cancel-scope-following = このイベントと以降のイベント（シリーズは終了します）
manage-cancel-keep = 中止しない

## Attendees

manage-attendees-title = 参加者
manage-attendees-csv = CSV をダウンロード
manage-attendees-write = 参加者にメッセージを送る
manage-attendees-question = 質問：「{ $question }」
manage-attendees-seats-of = { $capacity } 席中 { $taken } 席が埋まっています（同伴者を含む）。
manage-attendees-seats-no-limit = { $taken } 席が埋まっています（同伴者を含む）。定員なし。
manage-attendees-going = 参加（{ $count }）
manage-attendees-going-none = まだいません。
manage-attendees-guests = 同伴者
manage-attendees-answer = 回答
manage-attendees-came = 出席
manage-attendees-no-show = 欠席
manage-attendees-no-shows = 無断欠席
manage-attendees-move-to = 移動先
manage-attendees-waitlist = キャンセル待ち（{ $count }）
manage-attendees-waitlist-none = キャンセル待ちの人はいません。
manage-attendees-waitlist-hint = 順番どおり：席が空いたら、入れる人のうち最初の人が参加になります。
manage-attendees-not-going = 不参加（{ $count }）
manage-attendees-not-going-none = 不参加の人はいません。
manage-attendees-add-title = メンバーを追加
manage-attendees-add-none = メンバー全員がすでに回答しています。
manage-attendees-add-member = メンバー
manage-attendees-add-as = 区分
manage-attendees-status-going = 参加
manage-attendees-status-waitlisted = キャンセル待ち
manage-attendees-status-not-going = 不参加
manage-attendees-add = 追加

## Check-in

manage-checkin-title = チェックイン
manage-checkin-count = { $count } 人中 { $here } 人が来場
manage-checkin-none = まだ参加者がいません。
manage-checkin-guests = 同伴者 +{ $count } 人
manage-checkin-here = 来場
manage-checkin-no-show = 欠席
manage-checkin-not-checked-in = 未チェックイン
manage-checkin-undo = 取り消す
manage-checkin-undo-for = （{ $name }）
manage-checkin-for = ：{ $name }

## A series' page

manage-series-title = 定期開催のシリーズ
manage-series-times-in = 時刻は { $zone } です。
manage-series-ended = 終了
manage-series-upcoming = 今後の予定
manage-series-upcoming-none = このシリーズに今後の回はありません。
manage-series-hint = 各回は 90 日前までにここに表示されます。
manage-series-past = 過去の回

## Deleting a group

manage-delete-group-title = { $name } を削除
manage-delete-keep-history = <strong>先にこれまでの記録を保存してください：</strong><a href="/g/{ $slug }/settings/export" download>グループのアーカイブをダウンロード</a>（イベント、トーク、カレンダー、ページのコピー）して、手元に残したりほかの場所へ移したりできます。
manage-delete-intro = グループはすべての人からサイト上で見えなくなります。{ $instance } の管理者は 30 日間、イベントとともに復元できます。確認のため、グループ名とパスワードを入力してください。
manage-delete-confirm-name = グループ名
manage-delete-password = パスワード

## Audit log

manage-audit-title = 監査ログ
manage-audit-empty = まだ記録はありません。
manage-audit-when = 日時（UTC）
manage-audit-who = 実行者
manage-audit-what = 内容
manage-audit-whom = 対象
manage-audit-details = 詳細

## Conduct reports

manage-reports-title-short = 報告
manage-reports-title = 行動規範に関する報告
manage-reports-intro = モデレーションを担当する運営者だけが閲覧できます。あなたについての報告は、あなたではなくほかの運営者に表示されます。
manage-reports-none = 報告はありません。
manage-reports-from = 報告者：{ $name }
manage-reports-about = 対象：{ $name }
manage-reports-about-organizer = 対象：{ $name }（運営者）
manage-reports-former-member = 元メンバー
manage-reports-not-named = 名前なし
manage-reports-status-open = 未対応
manage-reports-status-handled = 対応済み
manage-reports-mark-handled = 対応済みにする

## Adopting a group

manage-adopt-title = { $name } を引き継ぐ
manage-adopt-waiting-admin = あなたの申し出は { $instance } の管理者の承認を待っています。
manage-adopt-waiting-organizers = あなたの申し出はグループの運営者の確認を待っています。運営者は { $date } まで断ることができます。その後は { $instance } の管理者が判断します。
manage-adopt-withdraw = 申し出を取り下げる
manage-adopt-refused = 運営者が前回の申し出を断りました。
manage-adopt-refused-reason = 運営者が前回の申し出を断りました：{ $reason }
manage-adopt-ask-again = { $date } から、または運営者が断りを取り消せばそれより早く、もう一度申し出ることができます。
manage-adopt-declined = 前回の申し出は却下されました。
manage-adopt-declined-reason = 前回の申し出は却下されました：{ $reason }
manage-adopt-approved = 申し出が承認されました。あなたはこのグループの運営者です。
manage-adopt-intro = このグループは活動が止まっているか、このサイトではまだ誰も運営していません。引き継ぎを申し出て、運営者の一人になることができます。現在の運営者がいる場合はメールが届き、断ることができます。その後は { $instance } の管理者が判断します。グループのこれまでの活動はそのまま残ります。
manage-adopt-message = あなたはどなたですか？ グループで何をする予定ですか？
manage-adopt-message-hint = 運営者と管理者がこれを読みます。
manage-adopt-ask = このグループの引き継ぎを申し出る
manage-adopt-active = このグループは活動中のため、引き継ぐことはできません。参加するか、運営者に相談してください。
manage-adoption-requests-title = { $name } の引き継ぎの申し出
manage-adoption-requests-intro = このグループの活動が止まっているため、引き継ぎを申し出た人がいます。まだ運営している場合は、表示された日付までに断ってください。その後は { $instance } の管理者が申し出を承認でき、その人があなたと並んで運営者になります。
manage-adoption-requests-none = 保留中の申し出はありません。
manage-adoption-asked-refuse-until = 申し出日：{ $asked } · { $until } まで断ることができます
manage-adoption-asked-refuse-over = 申し出日：{ $asked } · 断ることのできる期間は終了しました
manage-adoption-refuse-reason = 理由（任意、相手に送信されます）
manage-adoption-refuse = 申し出を断る
manage-adoption-refused-title = 断った申し出
manage-adoption-refused-intro = 申し出を断った相手は、表示された日付まで再度申し出ることができません。断りを取り消すと、すぐに申し出られるようになります。
manage-adoption-asked-refused = 申し出日：{ $asked } · 断り済み。{ $until } から再度申し出可能
manage-adoption-lift = 断りを取り消す

## Importing a calendar

manage-import-title-short = カレンダーをインポート
manage-import-title = 以前のカレンダーをインポート
manage-import-intro = iCalendar（.ics）ファイルまたはアドレスから、グループのこれまでの記録を取り込みます。UID のあるイベントは、過去のものも含めてグループのイベントになります。もう一度インポートすると、重複して追加せずに更新します。メールは誰にも送られません。
manage-import-file = .ics ファイルをアップロード
manage-import-file-hint = UTF-8、5 MiB まで。
manage-import-url = またはアドレスを入力
manage-import-url-hint = 公開インターネット上の http:// または https:// のアドレス。
manage-import-dry-run = 何が起こるかを報告するだけにする
manage-import-submit = インポート
manage-import-would-do = インポートで行われる内容
manage-import-did = インポートで行われた内容
manage-import-counts = 作成 { $created } 件、更新 { $updated } 件、変更なし { $unchanged } 件、スキップ { $skipped } 件。
manage-import-created = 作成
manage-import-updated = 更新
manage-import-skipped = スキップ
manage-import-notes = 注記
manage-import-line = { $line } 行目、{ $what }：{ $reason }

## People imported from Meetup

manage-placeholders-title-short = Meetup からインポート
manage-placeholders-title = Meetup.com からインポートした人
manage-placeholders-intro = グループの Meetup エクスポートに含まれていた人です。個人用リンクで記録を引き継ぐまで、ここにはアカウントがありません。各自のリンクはご自身で送ってください（Meetup からはメールアドレスが提供されていません）。新しいリンクを発行すると古いリンクは無効になります。
manage-placeholders-fresh = <strong>{ $name }</strong> さんの引き継ぎリンク（表示は 1 回だけです）：
manage-placeholders-link-for = { $name } さんの引き継ぎリンク
manage-placeholders-none = まだ誰もインポートされていません：<code>muster import meetup-members</code> を使ってください。
manage-placeholders-meetup-id = Meetup ID
manage-placeholders-attended = 参加した回数
manage-placeholders-member-list = メンバー一覧
manage-placeholders-status = 状態
manage-placeholders-listed = あり
manage-placeholders-attendee-lists-only = 参加者リストのみ
manage-placeholders-new-link = 新しい引き継ぎリンク
manage-placeholders-link = 引き継ぎリンク
manage-placeholders-claimed = 引き継ぎ済み
manage-placeholders-link-sent = リンク送付済み
manage-placeholders-no-link = リンク未発行
manage-followers-title = Fediverse のフォロワー
manage-followers-how = Mastodon や Mobilizon などのサーバーの人は { $handle } としてグループをフォローし、新しいミートアップを受け取ります。
manage-followers-none = Fediverse からこのグループをフォローしている人はまだいません。
manage-followers-remove = 削除

# The group's numbers (the organizers' dashboard). $weekday is monday … sunday.
numbers-title = グループの数字
numbers-intro = グループの状況：メンバー、参加表明した人と実際に来た人、メールを止めた人。
numbers-csv = すべてのミートアップを CSV でダウンロード
numbers-members-now = 現在のメンバー
numbers-no-show-rate = 無断欠席率
numbers-new-returning = 新規 / リピーター
numbers-busiest = 最も人が集まる時間
numbers-members-title = メンバー数の推移
numbers-members-caption = 各月末までに参加していた現在のメンバー数。
numbers-month = 月
numbers-members = メンバー
numbers-events-title = 最近のミートアップ
numbers-events-caption = 参加表明した人と、受付で出席と記録された人。
numbers-no-events = まだ開催されたミートアップはありません。
numbers-date = 日付
numbers-meetup = ミートアップ
numbers-going = 参加表明
numbers-came = 出席
numbers-no-shows = 無断欠席
numbers-new = 初参加
numbers-weekdays-title = 曜日別
numbers-weekdays-caption = ミートアップの曜日（開催地の時間帯）ごとの平均参加表明数。
numbers-weekday-column = 曜日
numbers-meetups = ミートアップ
numbers-average-going = 平均参加表明数
numbers-email-title = メール配信の停止
numbers-off-announcements = 新しいミートアップのお知らせを止めたメンバー
numbers-off-reminders = リマインダーを止めたメンバー
numbers-off-messages = 主催者からのメッセージを止めたメンバー
numbers-off-all = アカウントのセキュリティ以外のメールをすべて止めたメンバー
numbers-no-check-ins = 受付記録はまだありません
numbers-not-yet = まだ分かりません
numbers-percent = { $value }%
numbers-weekday = { $weekday ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
   *[sunday] 日曜日
}
numbers-busiest-at = { $weekday ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
   *[sunday] 日曜日
} { $time }

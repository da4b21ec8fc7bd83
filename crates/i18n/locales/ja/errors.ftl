# Error messages of pages and the API (their `message` and per-field messages). Code writes
# them in English; a response shows this catalogue's message whose English text matches.

error-there-is-nothing-here-the-address = ここには何もありません。アドレスが間違っているか、ページが削除された可能性があります。
error-some-fields-need-attention = 一部の項目を確認してください。
error-please-log-in-to-do-that = この操作を行うにはログインしてください。
error-only-instance-administrators-can-do-that = この操作はインスタンスの管理者のみが行えます。
error-too-many-attempts-please-wait-a = 試行回数が多すぎます。しばらく待ってから、もう一度お試しください。
error-something-went-wrong-on-our-side = サーバー側で問題が発生しました。エラーは記録されています。もう一度お試しください。
error-the-database-is-not-reachable-right = 現在データベースに接続できません。しばらくしてから、もう一度お試しください。
error-the-database-is-not-reachable = データベースに接続できません。
error-cross-site-requests-are-not-allowed = クロスサイトリクエストは許可されていません。
error-api-calls-authenticated-by-the-session = セッション Cookie で認証された API 呼び出しでは、Content-Type: application/json（アップロードの場合は画像のタイプまたは text/calendar）を送信する必要があります。
error-this-form-has-expired-or-did = このフォームは有効期限が切れているか、このサイトから送信されたものではありません。前のページに戻り、ページを再読み込みしてから、もう一度お試しください。
error-the-form-could-not-be-read = フォームを読み取れませんでした。
error-please-confirm-your-email-address-first = 先にメールアドレスの確認を完了してください。お送りしたリンクを開いてください。
error-the-form-is-too-large = フォームのサイズが大きすぎます。
error-send-the-form-as-application-x = フォームは application/x-www-form-urlencoded 形式で送信してください。
error-the-request-body-could-not-be = リクエストボディを読み取れませんでした。
error-send-a-json-body-with-content = Content-Type: application/json を指定して JSON ボディを送信してください。
error-the-body-is-not-valid-json = ボディが有効な JSON ではありません。
error-the-upload-could-not-be-read = アップロードされたファイルを読み取れませんでした。
error-the-calendar-is-larger-than-5 = カレンダーのサイズが 5 MiB を超えています。
error-move-up-or-down = 移動できるのは上または下だけです。
error-when-is-upcoming-or-past = when には upcoming または past を指定してください。
error-unknown-role = 不明な役割です。
error-sort-is-relevance-distance-or-next = sort には relevance、distance または next_event を指定してください。
error-enter-a-number-like-53-8008 = 53.8008 のような数値を入力してください。
error-this-claim-link-is-not-valid = この履歴引き継ぎリンクは無効です。すでに使用されたか、新しいリンクに置き換えられたか、もともと存在しません。グループの主催者に新しいリンクを依頼してください。
error-you-cannot-take-part-in-this = このグループには参加できません。
error-this-person-has-claimed-their-history = この方はすでに履歴を引き継いでいます。
error-only-published-events-that-have-not = 告知できるのは、公開済みでまだ開始していないイベントだけです。
error-this-event-was-announced-already-members = このイベントはすでに告知済みです。メンバーへのお知らせは 1 回だけです。
error-an-agenda-can-have-at-most = プログラムに登録できるトークは最大 50 件です。
error-speakers-are-given-by-member-id = スピーカーはメンバー ID で指定してください。
error-there-are-no-free-seats-left = 空席がありません。
error-that-rsvp-changed-meanwhile-reload-the = その参加登録はその間に変更されました。ページを再読み込みして、もう一度お試しください。
error-rsvps-can-only-be-managed-for = 参加登録を管理できるのは、公開済みのイベントだけです。
error-attendance-is-recorded-for-published-events = 出欠を記録できるのは、公開済みのイベントだけです。
error-this-event-was-cancelled-it-can = このイベントは中止されたため、編集できません。
error-only-drafts-can-be-published-this = 公開できるのは下書きだけです。このイベントはすでに公開済みか、中止されています。
error-this-event-is-not-a-draft = このイベントは下書きではありません。
error-this-event-is-already-cancelled = このイベントはすでに中止されています。
error-drafts-are-deleted-not-cancelled = 下書きは中止ではなく削除します。
error-this-event-is-over-it-can = このイベントは終了しているため、中止できません。
error-published-events-are-cancelled-not-deleted = 公開済みのイベントは削除ではなく中止します。メンバーが経緯を確認できるようにするためです。
error-only-the-author-or-the-group = コメントを削除できるのは、投稿者本人かグループの主催者だけです。
error-the-calendar-could-not-be-fetched = カレンダーを取得できませんでした。
error-your-email-address-is-already-confirmed = メールアドレスはすでに確認済みです。
error-that-address-now-belongs-to-another = そのアドレスは現在ほかのアカウントで使用されているため、あなたのアドレスにすることはできません。
error-that-is-already-your-email-address = それはすでにあなたのメールアドレスです。
error-the-email-address-or-password-is = メールアドレスまたはパスワードが正しくありません。
error-the-instance-was-set-up-meanwhile = その間にインスタンスのセットアップが完了したか、そのメールアドレスはすでに使用されています。
error-you-have-already-asked-to-adopt = このグループの引き継ぎはすでに申請済みです。申請は審査待ちです。
error-you-have-no-pending-request-to = このグループの引き継ぎについて、審査待ちの申請はありません。
error-there-is-no-refusal-of-this = この申請には、解除できる有効な却下はありません。
error-the-person-who-asked-has-deleted = 申請者はアカウントを削除しました。
error-the-person-who-asked-is-banned = 申請者はこのグループへの参加を禁止されています。
error-this-request-is-no-longer-pending = この申請はすでに審査待ちではありません。つい先ほど判断が下されたか、取り下げられました。
error-that-group-is-not-deleted = そのグループは削除されていません。
error-you-are-the-group-s-only = あなたはこのグループの唯一の主催者です。先にほかの人を主催者にしてください。
error-use-leave-the-group-to-leave = 自分で退会するには「グループを退会」を使ってください。
error-a-group-always-keeps-at-least = グループには常に 1 人以上の主催者が必要です。
error-that-membership-changed-meanwhile-reload-the = そのメンバーシップはその間に変更されました。ページを再読み込みして、もう一度お試しください。
error-only-active-members-can-have-a = 役割を持てるのはアクティブなメンバーだけです。
error-choose-another-member = 別のメンバーを選んでください。
error-only-active-members-can-take-the = グループを引き継げるのはアクティブなメンバーだけです。
error-this-group-takes-new-members-by = このグループは招待制です。主催者に招待を依頼してください。
error-you-are-not-a-member-of = あなたはこのグループのメンバーではありません。
error-only-the-group-s-organizers-can = この操作はグループの主催者のみが行えます。
error-you-already-organize-this-group-so = あなたはすでにこのグループの主催者のため、引き継ぐものはありません。
error-give-both-latitude-and-longitude-or = 緯度と経度は、両方とも入力するか、両方とも空欄にしてください。
error-this-invitation-has-already-been-used = この招待はすでに使用されています。
error-this-invitation-link-is-not-valid = この招待リンクは無効です。主催者に新しいリンクを依頼してください。
error-this-invitation-has-expired-ask-the = この招待は有効期限が切れています。主催者に新しい招待を依頼してください。
error-you-have-no-calendar-feed-link = カレンダーフィードのリンクがありません。先にリンクを作成してください。
error-enter-your-email-address = メールアドレスを入力してください。
error-that-email-address-is-too-long = メールアドレスが長すぎます。
error-enter-the-name-people-will-see = ほかの人に表示される名前を入力してください。
error-the-bio-cannot-contain-control-characters = 自己紹介に制御文字は使用できません。
error-choose-a-time-zone-from-the = リストからタイムゾーンを選んでください（Europe/Berlin のような IANA 名）。
error-token-names-cannot-contain-control-characters = トークン名に制御文字は使用できません。
error-name-the-token-e-g-calendar = トークンに名前を付けてください（例：「カレンダー用スクリプト」）。
error-that-address-is-reserved-choose-another = そのアドレスは予約されています。別のアドレスを選んでください。
error-enter-a-web-address-like-https = https://example.org のようなウェブアドレスを入力してください。
error-only-http-and-https-addresses-are = 使用できるのは http:// と https:// のアドレスだけです。
error-latitude-is-between-90-and-90 = 緯度は -90 から 90 の範囲で指定してください。
error-longitude-is-between-180-and-180 = 経度は -180 から 180 の範囲で指定してください。
error-choose-public-or-private = 「公開」または「非公開」を選んでください。
error-choose-open-approval-or-invite = 「自由参加」「承認制」「招待制」のいずれかを選んでください。
error-there-are-more-answers-than-questions = 回答の数が質問の数より多くなっています。
error-capacity-is-too-large = 定員が大きすぎます。
error-too-many-guests = 同伴者が多すぎます。
error-guests-cannot-be-negative = 同伴者の数に負の値は指定できません。
error-enter-a-date-and-time = 日時を入力してください。
error-enter-a-date-and-time-like = 2026-12-16T18:30 のような形式で日時を入力してください（オフセット付きの RFC 3339 形式も使用できます）。
error-the-end-must-be-after-the = 終了日時は開始日時より後にしてください。
error-an-event-can-last-at-most = イベントの期間は最長 14 日です。
error-the-start-must-be-in-the = 開始日時は未来の日時にしてください。
error-rsvps-must-open-before-the-event = 参加受付はイベントの開始前に始まるようにしてください。
error-rsvps-close-when-the-event-starts = 参加受付は、遅くともイベントの開始時に締め切られます。
error-rsvps-must-close-after-they-open = 参加受付の締め切りは、受付開始より後にしてください。
error-hosts-are-given-by-member-id = ホストはメンバー ID で指定してください。
error-an-event-can-show-at-most = イベントに表示できるホストは最大 5 人です。
error-enter-a-valid-email-address = 有効なメールアドレスを入力してください。
error-a-second-message-is-ignored = 2 つ目のメッセージは無視されます
error-too-short = 短すぎます。
error-choose-a-day-of-the-month = 月の日付は 1 日から 31 日までの範囲で選んでください。
error-choose-an-end-date-between-the = 終了日は 1 年から 9999 年までの範囲で選んでください。
error-choose-a-first-date-between-the = 初回の日付は 1 年から 9999 年までの範囲で選んでください。
error-the-series-reaches-dates-that-cannot = この定期イベントは、表現できない日付に達します。
error-the-repeat-rule-needs-a-freq = 繰り返しルールには FREQ が必要です。
error-a-weekly-repeat-rule-cannot-have = 毎週の繰り返しルールに BYMONTHDAY は指定できません。
error-interval-must-be-a-number-of = INTERVAL には 1 から 4 までの週数を指定してください。
error-a-weekly-repeat-rule-needs-one = 毎週の繰り返しルールには、BYDAY=TU のように BYDAY を 1 つ指定する必要があります。
error-byday-must-name-one-weekday-of = BYDAY には、3WE や -1TH のように月内の曜日を 1 つ指定してください。
error-bymonthday-must-be-a-day-of = BYMONTHDAY には 1 から 31 までの日を指定してください。
error-a-repeat-rule-cannot-have-both = 繰り返しルールに COUNT と UNTIL の両方を指定することはできません。
error-until-must-be-a-utc-date = UNTIL には 20270630T225959Z のような UTC の日時を指定してください。
error-each-reminder-time-may-be-given = 同じリマインダーの時間は 1 回しか指定できません。
error-choose-one-of-the-languages-muster = Muster が対応している言語から選んでください：en, de, es, fr, pt-BR, ja, zh-CN, zh-TW。
error-choose-one-of-the-languages-listed = 一覧にある言語から選んでください。

## Messages with values. Code writes the English with the values in place; the placeables
## below find them again. A text value also comes as `$name_key`, an identifier to select on
## (`The venue's name` → `the-venue-s-name`); see docs/translating.md.

error-names-can-be-at-most = 名前は { $max } 文字以内で入力してください。
error-the-bio-can-be-at-most = 自己紹介は { $max } 文字以内で入力してください。
error-token-names-can-be-at-most = トークン名は { $max } 文字以内で入力してください。
error-passwords-can-be-at-most = パスワードは { $max } 文字以内で入力してください。
error-use-at-least-characters = { $min } 文字以上で入力してください。関連のない単語をいくつか組み合わせると、強力なパスワードになります。
error-field-cannot-contain-line-breaks = { $what_key ->
    [the-name] 名前
    [the-summary] 概要
    [the-description] 説明
    [the-city] 市区町村
    [the-country] 国
    [the-code-of-conduct] 行動規範
    [the-report] 報告
    [the-reason] 理由
    [a-question] 質問
    [an-answer] 回答
    [the-title] タイトル
    [the-venue-s-name] 会場名
    [the-address] 住所
    [how-to-find-us] 会場への行き方
    [the-question] 質問
    [the-answer] 回答
    [the-talk-s-title] トークのタイトル
    [the-speaker-s-name] スピーカーの名前
    [the-abstract] 概要
    [the-comment] コメント
   *[other] この項目
}に改行や制御文字は使用できません。
error-field-cannot-contain-control = { $what_key ->
    [the-name] 名前
    [the-summary] 概要
    [the-description] 説明
    [the-city] 市区町村
    [the-country] 国
    [the-code-of-conduct] 行動規範
    [the-report] 報告
    [the-reason] 理由
    [a-question] 質問
    [an-answer] 回答
    [the-title] タイトル
    [the-venue-s-name] 会場名
    [the-address] 住所
    [how-to-find-us] 会場への行き方
    [the-question] 質問
    [the-answer] 回答
    [the-talk-s-title] トークのタイトル
    [the-speaker-s-name] スピーカーの名前
    [the-abstract] 概要
    [the-comment] コメント
   *[other] この項目
}に制御文字は使用できません。
error-field-needs-at-least = { $what_key ->
    [the-name] 名前
    [the-summary] 概要
    [the-description] 説明
    [the-city] 市区町村
    [the-country] 国
    [the-code-of-conduct] 行動規範
    [the-report] 報告
    [the-reason] 理由
    [a-question] 質問
    [an-answer] 回答
    [the-title] タイトル
    [the-venue-s-name] 会場名
    [the-address] 住所
    [how-to-find-us] 会場への行き方
    [the-question] 質問
    [the-answer] 回答
    [the-talk-s-title] トークのタイトル
    [the-speaker-s-name] スピーカーの名前
    [the-abstract] 概要
    [the-comment] コメント
   *[other] この項目
}は { $min } 文字以上で入力してください。
error-field-can-be-at-most = { $what_key ->
    [the-name] 名前
    [the-summary] 概要
    [the-description] 説明
    [the-city] 市区町村
    [the-country] 国
    [the-code-of-conduct] 行動規範
    [the-report] 報告
    [the-reason] 理由
    [a-question] 質問
    [an-answer] 回答
    [the-title] タイトル
    [the-venue-s-name] 会場名
    [the-address] 住所
    [how-to-find-us] 会場への行き方
    [the-question] 質問
    [the-answer] 回答
    [the-talk-s-title] トークのタイトル
    [the-speaker-s-name] スピーカーの名前
    [the-abstract] 概要
    [the-comment] コメント
   *[other] この項目
}は { $max } 文字以内で入力してください。
error-at-most-topics = トピックは最大 { $max } 個までです。
error-at-most-questions = 質問は最大 { $max } 問までです。
error-capacity-is-a-number-of-seats = 定員は 1 から { $max } までの席数で指定してください。定員を設けない場合は空欄にしてください。
error-guests-per-rsvp-is-a-number = 1 人あたりの同伴者数は 0 から { $max } までの数で指定してください。
error-you-can-bring-at-most-guests = 同伴できるのは最大 { $max } 人までです。
error-a-series-can-have-from = シリーズの開催回数は 1 回から { $max } 回までです。
error-enter-a-number-of-meetups-from = 開催回数は 1 から { $max } までの数で入力してください。
error-the-first-date-must-be-a-weekday = 初回の日付は{ $weekday_key ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
    [sunday] 日曜日
   *[other] { $weekday }
}にしてください。
error-the-first-date-must-be-the-last = 初回の日付は、その月の最終{ $weekday_key ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
    [sunday] 日曜日
   *[other] { $weekday }
}にしてください。
error-the-first-date-must-be-an-nth = 初回の日付は、その月の{ $nth_key ->
    [first] 第 1{ " " }
    [second] 第 2{ " " }
    [third] 第 3{ " " }
    [fourth] 第 4{ " " }
    [last] 最終
   *[other] { $nth }
}{ $weekday_key ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
    [sunday] 日曜日
   *[other] { $weekday }
}にしてください。
error-the-first-date-day-st = 初回の日付は { $day } 日にしてください。
error-the-first-date-day-nd = 初回の日付は { $day } 日にしてください。
error-the-first-date-day-rd = 初回の日付は { $day } 日にしてください。
error-the-first-date-day-th = 初回の日付は { $day } 日にしてください。
error-the-repeat-rule-must-be-written = 繰り返しルールは「{ $rule }」と正確に記述してください。
error-this-repeat-rule-cannot-be-used = この繰り返しルールは使用できません：{ $reason }
error-the-repeat-rule-could-not-be-read = 繰り返しルールを読み取れませんでした：「{ $part }」は NAME=value 形式ではありません。
error-repeat-rules-with-are-not-supported = { $name } を含む繰り返しルールには対応していません。毎週、毎月の特定の曜日、毎月の特定の日のいずれかを使ってください。
error-the-repeat-rule-names-twice = 繰り返しルールに { $name } が複数回指定されています。
error-repeat-rules-with-freq = FREQ={ $freq } の繰り返しルールには対応していません。毎週または毎月の繰り返しを使ってください。
error-at-most-reminders-were-given = リマインダーは最大 { $max } 件までですが、{ $given } 件指定されています。
error-reminders-go-out-between = リマインダーは開始の 1 時間前から { $max } 時間前（14 日前）までの間に送信されます。{ $hours } 時間前はこの範囲外です。
error-you-are-not-a-member-of-named = あなたは「{ $group }」のメンバーではありません。
error-the-file-is-larger-than = ファイルのサイズが、アーカイブの上限である { $max } MiB を超えています。
error-this-is-not-a-zip-file = これは ZIP ファイルではありません（{ $reason }）。Muster が作成したアーカイブを選んでください。
error-the-zip-has-files = この ZIP には { $count } 個のファイルが含まれています。グループのアーカイブのファイル数はこれよりずっと少ないはずです。
error-this-archive-is-version = このアーカイブはバージョン { $version } ですが、この Muster が読み込めるのはバージョン { $supported } です。Muster を更新するか、グループをもう一度エクスポートしてください。
error-the-address-is-taken-here = アドレス /g/{ $slug } はこのサイトですでに使用されています。別のアドレスを指定してインポートしてください（--slug）。
error-the-meetup-on = { $day } の回：{ $message }
error-this-link-has-already-been-used = このリンクはすでに使用されています。{ $again }
error-this-link-has-expired = このリンクは有効期限が切れています。{ $again }
error-this-link-is-not-valid = このリンクは無効です。入力ミスか、新しいリンクに置き換えられた可能性があります。{ $again }
error-you-are-the-only-organizer-of = あなたは { $groups } の唯一の主催者です。アカウントを削除する前に、ほかの人を主催者にするか、グループを削除してください。
error-keep-it-under-characters = { $max } 文字未満にしてください。
error-the-organizers-refused-your-request = グループの主催者があなたの申請を却下しました。{ $when } から再度申請できます。主催者が却下を取り消した場合は、それより前でも申請できます。
error-the-time-to-refuse-ended = 却下できる期間は { $when } に終了しました。今後は管理者が判断します。
error-this-request-was-status = この申請はすでに審査待ちではありません（{ $status_key ->
    [pending] 審査待ち
    [refused] 主催者が却下済み
    [approved] 承認済み
    [withdrawn] 取り下げ済み
    [rejected] 不承認
   *[other] 状態：{ $status }
}）。
error-the-organizers-can-refuse-until = グループの主催者は { $when } までこの申請を却下できます。承認はそれ以降に行ってください。
error-read-and-accept-the-conduct-version = 先にグループの現在の行動規範（バージョン { $version }）を読んで、同意してください。
error-accept-version = バージョン { $version } に同意してください。
error-not-possible-for-membership = { $status_key ->
    [active] アクティブなメンバー
    [pending] 参加承認待ちの人
    [invited] 招待中の人
    [banned] 参加禁止の人
   *[other] メンバーシップの状態が「{ $status }」の人
}に対しては、この操作はできません。
error-only-one-seat-is-left = 残りは { $free } 席だけです。同伴者を減らすか、同伴者なしでもう一度回答してください。
error-only-seats-are-left = 残りは { $free } 席だけです。同伴者を減らすか、同伴者なしでもう一度回答してください。
error-the-address-is-too-long = アドレスが長すぎます（{ $size } KiB）。読み取られるのは最大 { $max } KiB です。長いデータはリクエストボディで送信してください。
error-the-query-string-is-invalid = クエリ文字列が無効です：{ $reason }
error-the-form-is-invalid = フォームが無効です：{ $reason }
error-the-request-body-is-larger-than = リクエストボディが { $max } KiB を超えています。
error-the-body-is-not-valid-json-because = ボディが有効な JSON ではありません：{ $reason }
error-publish-a-draft-with = 下書きは POST /api/v1/events/{ $id }/publish で公開してください。

## Messages without values that code writes in English.

error-that-is-not-your-current-password = 現在のパスワードが正しくありません。
error-ask-for-a-new-link-in-settings = アカウント設定から新しいリンクを再発行できます。
error-ask-for-a-new-link-on-reset = パスワードの再設定ページから新しいリンクを再発行できます。
error-start-the-change-again = アカウント設定から、もう一度変更の手続きを始めることができます。
error-that-is-not-the-current-setup-token = 現在のセットアップトークンではありません。サーバーのログからコピーしてください。
error-the-zip-has-no-archive-json = この ZIP には archive.json がないため、Muster のグループアーカイブではありません。
error-only-members-of-the-group-can-be-added = 追加できるのはグループのメンバーだけです。
error-hosts-must-be-members-of-the-group = ホストはグループのメンバーである必要があります。
error-choose-this-or-following = this（このイベントのみ）または following（このイベントとシリーズの以降のイベント）を指定してください。
error-the-start-is-in-the-past-move = 開始日時が過去になっています。公開する前にイベントの日時を変更してください。
error-the-speaker-must-be-a-member = スピーカーはグループのメンバーである必要があります（または名前だけを入力してください）。
error-give-the-talks-ids = トークの ID を指定してください。
error-list-every-talk-exactly-once = プログラムのすべてのトークを、それぞれ 1 回ずつ指定してください。
error-that-person-is-not-part-of-this-group = その人はこのグループに参加していません。
error-that-address-has-had-too-many-emails = このアドレスには最近、このサイトから多くのメールが送信されています。しばらくしてから、もう一度お試しください。
error-private-groups-take-members-by-invitation = 非公開グループは外部の人からは見えないため、招待制でのみメンバーを受け入れます。
error-choose-a-language-from-the-list = 一覧から言語を選んでください。
error-that-address-is-taken = そのアドレスはすでに使用されています。別のアドレスを選んでください。
error-type-the-groups-name-exactly = 確認のため、グループ名を正確に入力してください。
error-the-image-is-larger-than-2-mib = 画像のサイズが 2 MiB を超えています。
error-upload-a-png-jpeg-webp-or-gif = PNG、JPEG、WebP、GIF のいずれかの画像をアップロードしてください。
error-the-image-could-not-be-read = 画像を読み取れませんでした。破損しているか、大きすぎる可能性があります（最大 4096 px）。
error-write-a-subject-of-1-to-150 = 件名は 1 文字以上 150 文字以内で入力してください。
error-write-a-message-of-1-to-10000 = メッセージは 1 文字以上 10,000 文字以内で入力してください。
error-choose-all-going-waitlisted-or-not-answered = all、going、waitlisted、not_answered のいずれかを指定してください。
error-choose-the-event-this-audience-answered = 送信対象の人たちが回答したイベントを選んでください。
error-enter-a-valid-email-address-like = ada@example.org のような有効なメールアドレスを入力してください。
error-names-cannot-contain-line-breaks = 名前に改行やその他の制御文字は使用できません。
error-that-password-is-one-of-the-most-common = そのパスワードは非常によく使われているもので、簡単に推測されてしまいます。別のパスワードを選んでください。
error-choose-draft-published-or-cancelled = draft、published、cancelled のいずれかを指定してください。
error-choose-going-waitlisted-or-not-going = going、waitlisted、not_going のいずれかを指定してください。
error-answer-yes-or-no = yes または no で回答してください。
error-choose-attended-no-show-or-unknown = attended、no_show、unknown のいずれかを指定してください。
error-this-event-does-not-allow-guests = このイベントでは同伴者を受け付けていません。
error-you-can-bring-at-most-1-guest = 同伴できるのは 1 人までです。
error-this-event-is-not-published-yet = このイベントはまだ公開されていません。
error-this-event-was-cancelled = このイベントは中止されました。
error-this-event-has-already-started = このイベントはすでに始まっています。
error-give-a-number-of-hours-from-0 = 0 から 8760（1 年）までの時間数を指定してください。
error-use-3-50-lower-case-letters = 英小文字、数字、ハイフン（連続不可）を使って 3～50 文字で入力し、先頭は英字にしてください（例：pyleeds、python-berlin）。
error-enter-a-web-address-up-to-500 = https://example.org のようなウェブアドレスを入力してください（500 文字まで）。
error-choose-open-or-handled = open または handled を指定してください。
error-choose-to-repeat-every-week = 毎週、または 2 週間・3 週間・4 週間ごとの繰り返しを選んでください。
error-choose-the-nth-weekday-of-the-month = その月の何番目の曜日か（第 1～第 4、または最終）を選んでください。
error-give-the-repeat-rules-value = 繰り返しルールの値は、先頭の「RRULE:」を付けずに指定してください。
error-your-email-address-is-confirmed = メールアドレスの確認が完了しました。
error-if-the-address-has-an-account = このアドレスのアカウントが存在する場合は、新しいパスワードを設定するためのリンクを送信しました。
error-follow-the-link-to-the-new-address = 新しいアドレスに送信したリンクを開いて、確認を完了してください。確認が完了するまでは、現在のアドレスがそのまま使われます。
error-if-the-address-can-be-used = このアドレスが使用できる場合は、メールを送信しました。メール内のリンクを開いて、アドレスの確認を完了してください。
error-the-api-token-is-invalid = API トークンが無効か、取り消されています。
error-this-calendar-link-does-not-exist = このカレンダーリンクは存在しないか、新しいリンクに置き換えられています。アカウント設定で新しいリンクを取得してください。
error-say-whether-the-feed-carries-every = フィードに参加しているグループのすべてのイベントを含めるかどうかを指定してください（true または false）。
error-choose-a-member-to-add = 追加するメンバーを選んでください。
error-give-a-time-or-a-number-of-hours = 日時か開始の何時間前かのどちらか一方を指定してください。両方は指定できません。
error-enter-a-number-of-seats = 席数を入力してください。定員を設けない場合は空欄にしてください。
error-enter-a-number-of-guests-from-0-to-10 = 同伴者の人数は 0 から 10 までの数で入力してください。
error-enter-a-whole-number-of-hours = 時間数を整数で入力するか、空欄にしてください。
error-enter-latitude-and-longitude = 緯度と経度は、53.8008 や -1.5491 のような数値で入力してください。
error-choose-a-weekday = 曜日を選んでください。
error-choose-the-nth-weekday = 何番目の曜日か（第 1～第 4、または最終）を選んでください。
error-choose-how-the-series-repeats = シリーズの繰り返し方法を選んでください。
error-enter-the-last-date-like = 最終日は 2027-06-30 のような形式で入力してください。
error-choose-a-number-of-guests = 同伴者の人数を選んでください。
error-only-for-changing-capacity = イベントの定員を変更する場合にのみ使用します。
error-choose-refuse-or-waitlist = refuse または waitlist を指定してください。
error-series-are-published-as-created = シリーズは作成と同時に公開されます。
error-the-body-must-be-a-json-object = ボディは JSON オブジェクトである必要があります。
error-this-field-is-required = この項目は必須です。
error-this-field-is-not-recognised = 不明な項目です。
error-choose-an-image-to-upload = アップロードする画像を選んでください。
error-use-organizer-co-organizer = organizer、co_organizer、assistant_organizer、event_organizer、member のいずれかを指定してください。
error-the-address-and-conduct-have-endpoints = アドレスと行動規範は、それぞれ専用のエンドポイントで変更してください。
error-choose-an-ics-file = .ics ファイルを選ぶか、カレンダーのアドレスを入力してください。
error-enter-the-venues-name = 会場名を入力してください。
error-enter-the-talks-title = トークのタイトルを入力してください。
error-enter-the-comment = コメントを入力してください。
error-give-a-domain-name-like-spam-example = spam.example のようなドメイン名を入力してください。
error-pronouns-cannot-contain-control-characters = 代名詞に制御文字は使えません。
error-pronouns-can-be-at-most = 代名詞は { $max } 文字以内で入力してください。
error-enter-a-fediverse-address-like = @name@mastodon.social のような Fediverse のアドレスを入力するか、空欄にしてください。
error-enter-a-github-user-name-like = octocat のような GitHub のユーザー名（英数字と単独のハイフン、39 文字まで）を入力するか、空欄にしてください。

error-the-photo-is-larger-than-20-mib = 写真が 20 MiB を超えています。
error-upload-a-jpeg-png-or-webp-photo = JPEG・PNG・WebP の写真をアップロードしてください。
error-the-photo-could-not-be-read = 写真を読み取れませんでした。破損しているか、大きすぎる可能性があります（最大 5000 万画素）。
error-photos-are-for-meetups-that-took-place = 写真は開催されたミートアップにのみ追加できます。
error-photos-can-be-added-once-the-meetup-has-started = 写真はミートアップ開始後に追加できます。
error-only-people-who-went-can-add-photos = 写真を追加できるのは、このミートアップの参加者と主催者だけです。
error-write-a-caption-of-at-most-200-characters = キャプションは 200 文字以内で入力してください。
error-the-groups-photo-storage-is-full = グループの写真保存容量がいっぱいです（{ $quota } MiB 中 { $used } MiB 使用）。主催者が写真を削除すると空きができます。
error-only-the-person-who-added-a-photo-can-remove-it = 写真を削除できるのは、追加した本人とグループの主催者だけです。
error-say-what-is-wrong-with-the-photo = 写真の問題を 1〜1000 文字で書いてください。
error-at-most-20-photos-at-once = 一度に追加できるのは 20 枚までです。この写真はもう一度追加してください。
error-choose-one-or-more-photos-to-add = 追加する写真を 1 枚以上選んでください。
error-enter-the-title = タイトルを入力してください。
error-enter-the-text = 本文を入力してください。
error-organizers-start-discussions = このグループでは、ディスカッションを始めるのは主催者です。メンバーは返信できます。
error-discussion-locked = このディスカッションはロックされているため、新しい返信はできません。
error-only-author-edits = 投稿を編集できるのは投稿者本人だけです。
error-only-author-or-moderators-remove = 投稿を削除できるのは、投稿者本人とグループのモデレーターだけです。
error-choose-pin-or-lock = pin、unpin、lock、unlock のいずれかを指定してください。
error-radius-km-is-from-1-to = radius_km は 1 から 1000 までです。
error-no-place-called-is-known-enter = 「{ $place }」という場所は見つかりません。都市名（Potsdam、Potsdam, Germany など）か緯度と経度（52.40,13.07）を入力してください。
error-within-days-is-from-1-to = within_days は 1 から 366 までです。
error-enter-a-place = 場所を入力してください。

# Every email Muster sends: subjects, plain-text parts (-txt) and HTML parts (-html).

## Shared words

email-hello-name = { $name } さん
email-hello = こんにちは。
email-label-when = 日時：
email-label-where = 場所：
email-label-title = タイトル：
email-label-join-online = オンライン参加：
email-label-reported-by = 報告者：
email-label-about = 対象：
email-was = （変更前：{ $value }）
email-see-event = イベントを見る
email-open-group = グループを開く
email-open-event = イベントを開く
email-review-request = リクエストを確認する
email-open-account-settings = アカウント設定を開く
email-reset-my-password = パスワードを再設定する
email-or-open-link = または次のリンクを開いてください：
email-ignore-if-not-asked = お心当たりがない場合は、このメールを無視してください。
email-reason = 理由：{ $reason }
email-email-settings = メール設定
email-email-settings-txt = メール設定：{ $url }

## Footers

email-footer-account = このメールは <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> のアカウントについてお送りしています。
email-footer-organizer-txt = { $instance } で { $group } を運営しているため、このメールをお送りしています · { $url }
email-footer-organizer-html = <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> で { $group } を運営しているため、このメールをお送りしています。
email-footer-moderator-html = <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> で { $group } のモデレーターを務めているため、このメールをお送りしています。
email-group-footer-txt = { $instance } の { $group } · { $url }
email-group-footer-conduct-txt = 行動規範：{ $url }
email-group-footer-stop-txt = { $group } からの{ $topic }を停止（ワンクリック）：{ $url }
email-group-footer-html = <a href="{ $url }" style="color:#2f5d8a;">{ $instance }</a> の { $group } のメンバーとしてこのメールをお送りしています。すべてのイベントで<a href="{ $conduct }" style="color:#2f5d8a;">行動規範</a>が適用されます。
email-group-footer-stop-html = { $group } からの{ $topic }を停止
email-topic-announcements = 新しいイベントのお知らせ
email-topic-reminders = 参加予定のイベントのリマインダー
email-topic-messages = 主催者からのメッセージ

## Account

email-verify-subject = { $instance } のメールアドレスを確認してください
email-verify-intro-txt = { $instance } でグループを作成したりミートアップに参加登録したりできるよう、このメールアドレスがご本人のものであることを確認してください：
email-verify-intro-html = { $instance } でグループを作成したりミートアップに参加登録したりできるよう、このメールアドレスがご本人のものであることを確認してください。
email-verify-button = メールアドレスを確認する
email-verify-expiry-txt = このリンクは1回だけ使え、3日で期限切れになります。登録した覚えがない場合は、このメールを無視してください。
email-verify-expiry-html = リンクは1回だけ使え、3日で期限切れになります。登録した覚えがない場合は、このメールを無視してください。

email-reset-subject = { $instance } のパスワードを再設定してください
email-reset-intro-txt = { $instance } のアカウントのパスワード再設定がリクエストされました（ご本人によるものであることを願っています）。こちらから新しいパスワードを設定してください：
email-reset-intro-html = { $instance } のアカウントのパスワード再設定がリクエストされました（ご本人によるものであることを願っています）。
email-reset-button = 新しいパスワードを設定する
email-reset-expiry-txt = このリンクは1回だけ使え、1時間で期限切れになります。お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。
email-reset-expiry-html = リンクは1回だけ使え、1時間で期限切れになります。お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。

email-reset-unknown-subject = { $instance } でパスワードの再設定がリクエストされました
email-reset-unknown-intro = このメールアドレスで { $instance } のアカウントのパスワード再設定がリクエストされましたが、このアドレスのアカウントはありません。
email-reset-unknown-signup = ご本人の場合は、別のアドレスで登録されたのかもしれません。新しくアカウントを作成することもできます：
email-reset-unknown-button = 新規登録

email-signup-existing-subject = { $instance } のアカウントはすでにお持ちです
email-signup-existing-intro = このメールアドレスで { $instance } への新規登録が試みられましたが、すでにアカウントをお持ちです。ご本人の場合はログインしてください。パスワードをお忘れの場合は再設定できます：
email-signup-existing-not-you = お心当たりがない場合は、このメールを無視してください。何も変更されていません。

email-confirm-change-subject = { $instance } の新しいメールアドレスを確認してください
email-confirm-change-intro-txt = { $email } を { $instance } のアカウントのメールアドレスにすることを確認してください：
email-confirm-change-intro-html = { $email } を { $instance } のアカウントのメールアドレスにすることを確認してください。
email-confirm-change-button = 新しいアドレスを確認する
email-confirm-change-expiry-txt = このリンクは1回だけ使え、1日で期限切れになります。確認が済むまで、アカウントには現在のアドレスが使われます。
email-confirm-change-expiry-html = リンクは1回だけ使え、1日で期限切れになります。確認が済むまで、アカウントには現在のアドレスが使われます。

email-change-requested-subject = { $instance } のメールアドレスが変更されようとしています
email-change-requested-intro-txt = { $instance } のアカウントのメールアドレスを { $email } に変更するリクエストがありました。新しいアドレスが確認されるまで変更は行われません。
email-change-requested-intro-html = { $instance } のアカウントのメールアドレスを <strong>{ $email }</strong> に変更するリクエストがありました。新しいアドレスが確認されるまで変更は行われません。
email-change-requested-not-you = お心当たりがない場合は、今すぐパスワードを変更し、アカウント設定を確認してください：

email-password-changed-subject = { $instance } のパスワードが変更されました
email-password-changed-intro = { $instance } のアカウントのパスワードが変更され、すべての端末がログアウトされました。
email-password-changed-not-you-txt = お心当たりがない場合は、すぐにパスワードを再設定してください：{ $url }/account/reset
email-password-changed-not-you-html = お心当たりがない場合は、すぐにパスワードを再設定してください：

email-address-in-use-subject = このアドレスにはすでに { $instance } のアカウントがあります
email-address-in-use-intro = 別の { $instance } アカウントをこのメールアドレスに移すリクエストがありました。このアドレスにはすでにアカウントがあるため、何も変更されていません。
email-address-in-use-reset = アカウントのパスワードをお忘れの場合は、再設定できます：

## Groups

email-invitation-subject = { $group } への招待が届いています
email-invitation-intro-txt = { $inviter } さんが { $instance } の { $group } にあなたを招待しています。こちらから招待を承諾してください（必要に応じて先にログインまたは新規登録してください）：
email-invitation-intro-html = { $inviter } さんが { $instance } の <strong>{ $group }</strong> にあなたを招待しています。
email-invitation-button = 招待を承諾する
email-invitation-expiry = このリンクは1回だけ使え、14日で期限切れになります。参加しない場合は、このメールを無視してください。

email-membership-approved-subject = { $group } へようこそ
email-membership-approved-txt = { $group } への参加リクエストが承認されました。ようこそ！今後の予定はこちら：
email-membership-approved-html = <strong>{ $group }</strong> への参加リクエストが承認されました。ようこそ！
email-membership-approved-button = 今後の予定を見る

email-conduct-subject = { $group } に行動規範に関する報告がありました
email-conduct-intro-txt = { $group } の主催者に、行動に関する懸念が報告されました。
email-conduct-intro-html = <strong>{ $group }</strong> の主催者に、行動に関する懸念が報告されました。
email-conduct-private-txt = 報告は主催者だけが見られます（主催者に関する報告の場合は、インスタンスの管理者も見られます）。こちらから対応し、対応済みにしてください：
email-conduct-private-html = 報告は主催者だけが見られます（主催者に関する報告の場合は、インスタンスの管理者も見られます）。
email-conduct-button = 報告を開く

email-join-request-subject = { $requester } さんが { $group } への参加をリクエストしました
email-join-request-txt = { $requester } さんが { $group } への参加をリクエストしました。こちらから承認または却下してください：
email-join-request-html = <strong>{ $requester }</strong> さんが <strong>{ $group }</strong> への参加をリクエストしました。

email-adoption-requested-subject = { $requester } さんが { $group } の引き継ぎをリクエストしました
email-adoption-requested-intro-txt = { $requester } さんが、長い間イベントのない { $group } を引き継ぎ、主催者の一人になることをリクエストしました。
email-adoption-requested-intro-html = <strong>{ $requester }</strong> さんが、長い間イベントのない <strong>{ $group }</strong> を引き継ぎ、主催者の一人になることをリクエストしました。
email-adoption-their-message = メッセージ：
email-adoption-requested-refuse-txt = まだグループを運営していて引き継ぎを望まない場合は、{ $date } までにリクエストを拒否してください：
email-adoption-requested-after-txt = その日を過ぎると、{ $instance } の管理者がリクエストを承認できるようになります。いずれの場合も、あなたは主催者のままです。
email-adoption-requested-refuse-html = まだグループを運営していて引き継ぎを望まない場合は、<strong>{ $date }</strong> までにリクエストを拒否してください。その日を過ぎると、{ $instance } の管理者がリクエストを承認できるようになります。いずれの場合も、あなたは主催者のままです。

email-adoption-approved-subject = { $group } の主催者になりました
email-adoption-declined-subject = { $group } の引き継ぎリクエストは却下されました
email-adoption-approved-txt = { $group } の引き継ぎリクエストが承認されました。あなたは主催者の一人になりました。ようこそ！
email-adoption-approved-html = <strong>{ $group }</strong> の引き継ぎリクエストが承認されました。あなたは主催者の一人になりました。ようこそ！
email-adoption-refused-txt = { $group } の主催者が引き継ぎリクエストを拒否しました。グループは引き続き現在の主催者が運営します。
email-adoption-refused-html = <strong>{ $group }</strong> の主催者が引き継ぎリクエストを拒否しました。グループは引き続き現在の主催者が運営します。
email-adoption-rejected-txt = { $group } の引き継ぎリクエストは、{ $instance } の管理者により却下されました。
email-adoption-rejected-html = <strong>{ $group }</strong> の引き継ぎリクエストは、{ $instance } の管理者により却下されました。

email-co-organizer-subject = { $adopter } さんがあなたと一緒に { $group } を運営することになりました
email-co-organizer-txt = { $adopter } さんが { $group } の引き継ぎをリクエストし、期限までに誰も拒否しなかったため、{ $instance } の管理者がリクエストを承認しました。{ $adopter } さんはあなたと並んでグループの主催者の一人になりました。あなたも引き続き主催者です。運営メンバー全員はグループの設定で確認できます：
email-co-organizer-html = { $adopter } さんが <strong>{ $group }</strong> の引き継ぎをリクエストし、期限までに誰も拒否しなかったため、{ $instance } の管理者がリクエストを承認しました。{ $adopter } さんはあなたと並んでグループの主催者の一人になりました。あなたも引き続き主催者です。運営メンバー全員はグループの設定で確認できます。
email-co-organizer-button = グループの設定を開く

email-organizer-wrote-txt = { $group } の主催者 { $sender } さんからのメッセージです：
email-organizer-wrote-about-txt = { $group } の主催者 { $sender } さんから、{ $event } についてのメッセージです：
email-organizer-wrote-html = <strong>{ $group }</strong> の主催者 { $sender } さんからのメッセージです：
email-organizer-wrote-about-html = <strong>{ $group }</strong> の主催者 { $sender } さんから、<strong>{ $event }</strong> についてのメッセージです：

## Events

email-promoted-subject = 参加が確定しました：{ $event }
email-promoted-intro-txt = お知らせです。席が空いたため、{ $event }（{ $group }）への参加が確定しました。
email-promoted-intro-html = お知らせです。席が空いたため、<strong>{ $event }</strong>（{ $group }）への<strong>参加</strong>が確定しました。
email-promoted-outro-txt =
    イベントページに詳細と、参加できなくなった場合のボタンがあります（その場合、席はキャンセル待ちの
    次の方に回ります）：
email-promoted-outro-html = 参加できなくなった場合は、イベントページでお知らせください。席はキャンセル待ちの次の方に回ります。

email-announcement-subject = 新しいイベント：{ $event }（{ $group }）
email-announcement-intro-txt = { $group } に新しいイベントがあります：
email-announcement-intro-html = <strong>{ $group }</strong> に新しいイベントがあります：
email-announcement-details-txt = 詳細と参加登録：
email-announcement-button = 詳細と参加登録

email-rsvp-going-subject = 参加登録しました：{ $event }
email-rsvp-waitlist-subject = キャンセル待ち（{ $position } 番目）：{ $event }
email-rsvp-going-txt =
    { $event }（{ $group }）に参加登録しました。添付の招待状で
    カレンダーに追加され、イベントが変更されると予定も更新されます。
email-rsvp-waitlist-txt =
    イベントが満席のため、{ $event }
    （{ $group }）のキャンセル待ち { $position } 番目になりました。席が空くと、キャンセル待ちの次の方に
    割り当てられ、すぐにメールが届きます。
email-rsvp-going-html = <strong>{ $event }</strong>（{ $group }）に<strong>参加登録</strong>しました。添付の招待状でカレンダーに追加され、イベントが変更されると予定も更新されます。
email-rsvp-waitlist-html = イベントが満席のため、<strong>{ $event }</strong>（{ $group }）の<strong>キャンセル待ち</strong> <strong>{ $position }</strong> 番目になりました。席が空くと、キャンセル待ちの次の方に割り当てられ、すぐにメールが届きます。
email-rsvp-plans-change-txt = 予定が変わった場合は、席がほかの方に回るよう、イベントページで回答し直してください：
email-rsvp-plans-change-html = 予定が変わった場合は、席がほかの方に回るよう、イベントページで回答し直してください。

email-reminder-subject = リマインダー：{ $event } まであと { $lead }
email-reminder-intro-txt = 参加予定の { $event }（{ $group }）まであと { $lead } です。
email-reminder-intro-html = 参加予定の <strong>{ $event }</strong>（{ $group }）まであと { $lead } です。
email-reminder-still-coming-txt = 参加しますか？ワンクリックで主催者に伝わります：
email-reminder-cant-make-it-txt = 参加できなくなりましたか？ワンクリックでキャンセル待ちの次の方に席を譲れます：
email-reminder-event-page-txt = イベントページ：
email-reminder-still-coming = 参加します
email-reminder-cant-make-it = 参加できません
email-reminder-frees-seat-html = 「参加できません」を押すと、キャンセル待ちの次の方に席を譲れます。<a href="{ $url }" style="color:#2f5d8a;">イベントを見る</a>。

email-changed-subject = 変更：{ $event }、新しい日時は { $when }
email-changed-intro-txt = { $event }（{ $group }）が変更されました。現在の内容は次のとおりです：
email-changed-intro-html = <strong>{ $event }</strong>（{ $group }）が変更されました。現在の内容は次のとおりです：
email-changed-no-place-now = 現在は場所の指定なし
email-changed-no-place-given = 場所の指定なし
email-changed-outro-txt =
    添付の更新でカレンダーの予定が移動します。参加できなくなった場合は、席がほかの方に回るよう、
    イベントページで回答し直してください：
email-changed-outro-html = 添付の更新でカレンダーの予定が移動します。参加できなくなった場合は、席がほかの方に回るよう、イベントページで回答し直してください。

email-cancelled-subject = 中止：{ $event }
email-cancelled-intro-txt = { $when } に予定されていた { $event }（{ $group }）は中止になりました。
email-cancelled-intro-html = { $when } に予定されていた <strong>{ $event }</strong>（{ $group }）は<strong>中止</strong>になりました。
email-cancelled-wrote-txt = 主催者からのメッセージ：{ $reason }
email-cancelled-wrote-html = 主催者からのメッセージ：
email-cancelled-outro-txt = 添付のキャンセル通知でカレンダーから予定が削除されます。イベントページは引き続き公開されています：
email-cancelled-outro-html = 添付のキャンセル通知でカレンダーから予定が削除されます。イベントページは引き続き公開されています。

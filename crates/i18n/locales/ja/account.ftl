# アカウントのページ：ログイン、登録、パスワード、設定、メール設定、削除、トークン、
# カレンダーフィード、最初の管理者のセットアップ。

## 共通
account-field-email = メールアドレス
account-field-password = パスワード
account-field-your-name = お名前
account-password-hint = 8 文字以上。
account-back-to-settings = 設定に戻る
account-check-inbox = 受信トレイを確認してください
account-settings-link = アカウント設定

## ログイン
account-login-title = ログイン
account-login-button = ログイン
account-login-forgot = パスワードをお忘れですか？
account-login-new = はじめての方は<a href="/account/signup">アカウントを作成</a>してください。

## 登録
account-signup-page-title = 新規登録
account-signup-title = アカウントを作成
account-signup-intro = 地域のグループに参加し、ミートアップに参加登録して、リマインダーを受け取りましょう。すでにアカウントをお持ちの方は<a href="/account/login">ログイン</a>してください。
account-signup-name-hint = 参加するグループに表示されます。
account-signup-password-hint = 8 文字以上。関連のない単語をいくつか並べるのがおすすめです。
account-signup-button = アカウントを作成
account-signup-sent = このアドレスが使用できる場合は、メールをお送りしました。メール内のリンクを開いてアドレスを確認してから、ログインしてください。
account-signup-log-in = ログイン

## メールで届くリンク
account-verify-title = メールアドレスの確認
account-verify-message = ボタンを押して、このアドレスがご自身のものであることを確認してください。
account-verify-button = メールアドレスを確認する
account-email-confirm-title = 新しいメールアドレスの確認
account-email-confirm-message = ボタンを押すと、アカウントでこのアドレスを使うようになります。
account-email-confirm-button = 新しいアドレスを確認する
account-email-changed-title = メールアドレスを変更しました
account-email-changed-message = アカウントは新しいアドレスを使うようになりました。

## パスワードの再設定
account-reset-request-title = パスワードの再設定
account-reset-request-intro = 登録したメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
account-reset-request-button = リンクを送信
account-reset-sent = このアドレスのアカウントがある場合は、新しいパスワードを設定するためのリンクをお送りしました。リンクの有効期限は 1 時間です。
account-reset-title = 新しいパスワードの設定
account-reset-intro = 設定すると、このアカウントにログインしているすべての端末がログアウトされます。
account-reset-field = 新しいパスワード
account-reset-button = 新しいパスワードを設定

## 設定
account-settings-title = アカウント設定
account-profile = プロフィール
account-field-name = 名前
account-field-bio = 自己紹介
account-optional = （任意）
account-field-timezone = タイムゾーン
account-timezone-hint = 時刻はイベントのタイムゾーンで表示され、あなたのタイムゾーンでの時刻も併記されます。
account-field-language = 言語
account-language-browser = ブラウザの設定に従う
account-profile-save = プロフィールを保存
account-email-title = メールアドレス
account-email-confirmed = あなたのアドレスは <strong>{ $address }</strong> です（確認済み）。
account-email-unconfirmed = あなたのアドレスは <strong>{ $address }</strong> です（<em>未確認</em>）。
account-email-resend = 確認リンクを再送信
account-email-new = 新しいメールアドレス
account-email-new-hint = 新しいアドレスにリンクをお送りします。リンクを開くまでは何も変わりません。
account-password-current = 現在のパスワード
account-email-change = メールアドレスを変更
account-notifications-title = グループからのメール
account-notifications-intro = グループごとに、新しいイベントのお知らせ、参加予定のイベント前のリマインダー、主催者からのメッセージを受け取るか、それともアカウントに関するメールだけにするかを選べます。
account-notifications-link = メール設定
account-password-title = パスワード
account-password-new = 新しいパスワード
account-password-new-hint = 8 文字以上。ほかの端末はログアウトされます。
account-password-change = パスワードを変更
account-sessions-title = ログイン中の端末
account-sessions-device = 端末
account-sessions-address = IP アドレス
account-sessions-last-active = 最終アクティブ（UTC）
account-actions = 操作
account-sessions-unknown = 不明な端末
account-sessions-this = （この端末）
account-sessions-log-out = ログアウト
account-sessions-log-out-all = すべての端末からログアウト
account-tokens-title = 個人用 API トークン
account-tokens-intro = トークンを使うと、スクリプトがあなたとして API を利用できます。<code>Authorization: Bearer &lt;token&gt;</code> を送信してください。
account-tokens-none = トークンはまだありません。
account-tokens-name = 名前
account-tokens-prefix = 先頭の文字
account-tokens-created = 作成日時
account-tokens-last-used = 最終使用日時
account-tokens-revoke = 無効にする
account-tokens-new = 新しいトークンの名前
account-tokens-new-hint = 例：カレンダー用スクリプト
account-tokens-create = トークンを作成
account-never = なし
account-date-time = { $date } { $time }
account-feed-title = カレンダーフィード
account-feed-intro = カレンダーアプリで購読する非公開のアドレスです。参加予定のイベント（キャンセル待ちのものは仮予定として）が常に最新の状態で表示されます。非公開グループのイベントはここにだけ表示されます。
account-feed-made = フィードのリンクは { $created } に作成されました。カレンダーアプリによる最終読み込み：{ $used }。安全のため、リンクは一度しか表示されません。もう一度見るには新しいリンクを発行してください（古いリンクは使えなくなります）。
account-feed-all = 所属グループのすべてのイベントも表示する
account-feed-save = 保存
account-feed-new-link = 新しいリンクを発行
account-feed-off = オフにする
account-feed-make = カレンダーフィードのリンクを作成
account-data-title = あなたのデータ
account-data-intro = Muster が保存しているあなたに関するすべての情報（アカウント、メンバーシップ、参加登録、コメント、発表）を 1 つの JSON ファイルで取得できます。
account-data-download = データをダウンロード
account-delete-title = アカウントの削除
account-delete-intro = アカウントを削除すると、名前、メールアドレス、プロフィール、セッション、トークンが削除されます。
account-delete-link = アカウントを削除…

## アカウントの削除
account-delete-page-title = アカウントを削除
account-delete-removes = 名前、メールアドレス、プロフィール、セッション、API トークンが削除されます。元に戻すことはできません。
account-delete-history = グループの記録は残ります。参加したイベントでは匿名で人数に含まれ、あなたの発表には登録した発表者名が残ります（下のチェックボックスをオンにした場合を除く）。
account-delete-sole = あなたは { $groups } の唯一の主催者です。グループから主催者がいなくなってはいけません。ほかの人を主催者にするかグループを削除してから、アカウントを削除してください。
account-delete-back = 設定に戻る
account-delete-password = パスワード
account-delete-password-hint = ご本人確認のためです。
account-delete-talks = 発表からも名前を削除する（「退会したメンバー」と表示されます）
account-delete-button = アカウントを削除
account-delete-keep = アカウントを残す

## メール設定
account-email-settings-title = メール設定
account-email-settings-back = アカウント設定
account-email-settings-saved = 保存しました。
account-email-settings-everything = すべて
account-email-settings-only-account = アカウントのセキュリティに関するメール（ログインリンク、パスワードやアドレスの変更）以外は受け取らない
account-email-settings-announcements = 新しいイベントのお知らせ
account-email-settings-reminders = 参加予定のイベント前のリマインダー
account-email-settings-messages = 主催者からのメッセージ
account-email-settings-no-groups = まだどのグループのメンバーでもありません。
account-email-settings-rsvps = ご自身の参加登録に関するメール（確認、変更、キャンセル）は、上のスイッチにのみ従います。
account-email-settings-save = 保存

## 新しいトークン、新しいカレンダーフィード
account-token-created-title = 新しいトークン「{ $name }」
account-token-created-page-title = 新しいトークン
account-token-created-copy = 今すぐコピーしてください。表示されるのはこの一度だけです。
account-feed-created-title = あなたのカレンダーフィード
account-feed-created-intro = 一度購読すれば、カレンダーは常に正確です。新しいイベントは追加され、日時が変わったイベントは移動し、中止になったイベントにはその旨が表示されます。
account-feed-created-subscribe = カレンダーアプリで購読
account-feed-created-google = Google カレンダーに追加
account-feed-created-copy = または、このアドレスをカレンダーアプリにコピーしてください（「URL でカレンダーを購読」）：
account-feed-created-private = このリンクが表示されるのは今だけです。他人に知られないようにしてください。リンクを知っている人は誰でもあなたのカレンダーを見られます。漏れてしまった場合は、設定で新しいリンクを発行してください。古いリンクはすぐに使えなくなります。

## セットアップ
account-setup-page-title = { $instance } のセットアップ
account-setup-title = 最初の管理者を作成
account-setup-intro = このページは新しいインスタンスで一度だけ、サーバーのログに出力されたセットアップトークンを使って利用できます。
account-setup-token = セットアップトークン
account-setup-token-hint = ログの「open …/setup?token=…」という行にあります。
account-setup-button = 管理者を作成
account-profile-view = 自分のプロフィールページを見る
account-avatar-label = 写真
account-avatar-hint = PNG・JPEG・WebP・GIF、2 MiB まで。円形で表示され、256 ピクセルに縮小し、メタデータ（撮影場所など）を除いて保存します。
account-avatar-upload = 写真をアップロード
account-avatar-remove = 写真を削除
account-field-pronouns = 代名詞
account-pronouns-hint = 任意。例: she/her、they/them。
account-field-website = ウェブサイト
account-field-fediverse = Fediverse
account-fediverse-hint = 任意。@name@mastodon.social の形式のアドレス。
account-field-github = GitHub
account-github-hint = 任意。GitHub のユーザー名。
account-field-unlisted = 一覧に表示しない
account-unlisted-hint = ミートアップの参加者一覧やメンバー一覧に表示されず、ほかの人はあなたのプロフィールページを開けません。主催者の参加者リストには引き続き表示されます。
profile-own = ほかの人から見たあなたのプロフィールページです。
profile-own-unlisted = このページはあなたにしか見えません（一覧に表示しない設定です）。
profile-edit = プロフィールを編集
profile-about = 自己紹介
profile-website = ウェブサイト
profile-fediverse = Fediverse
profile-groups = グループ
profile-no-groups = 表示できるグループはありません。
profile-talks = トーク

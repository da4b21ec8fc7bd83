# イベントの公開ページ：見出し、参加登録欄、日時と場所、プログラム、コメント。
# 主催者ページ共通の見出しとプログラム編集。
event-meta-description = { $title }：{ $when }、{ $group } 主催。
event-breadcrumb-label = パンくずリスト
event-breadcrumb-events = イベント
event-when-mine = あなたのタイムゾーン（{ $zone }）では：{ $when }
event-cancel-why = 理由：
event-moved-from = 日時が変更されました（変更前：{ $when }）。
event-announce-planned = メンバーには { $when } にメールでお知らせします。

## 主催者ツール
event-tools-label = 主催者ツール
event-tool-page = イベントページ
event-tool-edit = 編集
event-tool-attendees = 参加者
event-tool-write = 参加者に連絡
event-tool-checkin = 受付
event-tool-agenda = プログラム
event-publish = 公開する
event-delete-draft = 下書きを削除
event-rsvps-reopen = 参加登録を再開
event-rsvps-close = 参加登録を締め切る
event-announce = メンバーに告知する
event-announce-now = 今すぐ告知する
event-cancel = イベントを中止する

## 参加登録欄
event-details-label = イベントの詳細
event-cancelled-title = このイベントは中止になりました
event-cancelled-nobody = 参加の予定はなくなり、回答の必要もありません。
event-cancelled-had-said = { $count } 人が参加予定でした。
event-cancelled-kept = あなたの回答は記録として残ります。
event-rsvp-title = 参加しますか？
event-count-going = <strong>{ $count }</strong> 人が参加予定
event-count-went = <strong>{ $count }</strong> 人が参加
event-count-waiting = キャンセル待ち <strong>{ $count }</strong> 人
event-seats-taken = 定員 { $capacity } 人中 { $taken } 人が登録済み
event-full-yours = 満席です（あなたの席も確保されています）。
event-full-waiting-at = 満席です。あなたはキャンセル待ち { $position } 番目です。
event-full-waiting = 満席です。あなたはキャンセル待ちです。
event-rsvp-login = ログインして参加登録
event-rsvp-verify = 参加登録するには、メールアドレスを確認してください。お送りしたリンクを開いてください。
event-rsvp-pending = { $group } への参加申請は主催者の承認待ちです。メンバーになると参加登録できます。
event-rsvp-invite = このグループは招待制です。メンバーは参加登録できます。
event-rsvp-join = グループに参加して参加登録
event-rsvp-conduct = グループの行動規範が変更されました。参加登録するには<a href="/g/{ $slug }/conduct">行動規範を読んで同意してください</a>。
event-rsvp-guests = 同伴者の人数
event-rsvp-answer-hint = 回答は主催者だけが見られます。
event-rsvp-no = いいえ、参加できません
event-rsvp-no-after-all = やはり参加できません

## 日時と場所
event-when-where = 日時と場所
event-times-in = 時刻は { $zone } のタイムゾーンで表示しています。
event-series = 定期開催シリーズの一回です
event-directions-label = 行き方：
event-map = 地図（OpenStreetMap）
event-online = オンライン：
event-online-hidden = オンラインでも参加できます。リンクは参加予定の方に表示されます。
event-calendar-title = カレンダーに追加
event-calendar-ics = ダウンロード（.ics）
event-calendar-google = Google カレンダー
event-calendar-outlook = Outlook.com
event-hosts = ホスト
event-going-title = 参加予定の人
event-going-people = { $count } 人
event-going-others = ほか { $count } 人

## 概要、プログラム、コメント
event-about = イベントについて
event-agenda = プログラム
event-talk-lightning = ライトニングトーク
event-talk-standby = 補欠
event-talk-slides = スライド
event-talk-video = 動画
event-comments = コメント
event-comments-none = まだコメントはありません。
event-comment-remove = 削除
event-comment-add = コメントを書く
event-comment-post = コメントを投稿
event-comment-login = 会話に参加するには<a href="{ $href }">ログイン</a>してください。
event-comment-members = メンバーはコメントできます。
event-comment-former-member = 退会したメンバー
event-comment-removed-author = 投稿者により削除されました。
event-comment-removed-organizer = 主催者により削除されました。

## プログラム編集
event-talks-none = まだ発表はありません。下から最初の発表を追加してください。
event-talks-lightning = LT
event-talks-up = 上へ
event-talks-down = 下へ
event-talks-edit = 編集
event-talks-delete = 削除
event-talks-add-title = 発表を追加
event-talks-edit-title = 発表を編集
event-talks-field-title = タイトル
event-talks-field-speaker = 発表者
event-talks-field-speaker-hint = プログラムに表示される名前です。
event-talks-field-account = 発表者のアカウント（任意）
event-talks-field-account-none = メンバーではない、またはリンクしない
event-talks-field-abstract = 概要
event-talks-field-abstract-hint = Markdown が使えます。
event-talks-field-slides = スライド（リンク）
event-talks-field-video = 動画（リンク）
event-talks-field-lightning = ライトニングトーク
event-talks-field-standby = 補欠（欠員が出たら登壇）
event-talks-add = 発表を追加
event-talks-save = 発表を保存
event-talks-back = プログラムに戻る

## 参加登録欄でのあなたの回答
event-mine-had-going = あなたは参加予定でした。
event-mine-had-waiting = あなたはキャンセル待ちでした。
event-mine-had-not-going = あなたは不参加と回答していました。
event-mine-going = 参加予定です。
event-mine-going-guests = 参加予定です（同伴者 { $count } 人）。
event-mine-waiting-at = キャンセル待ち { $position } 番目です。
event-mine-waiting = キャンセル待ちです。
event-mine-not-going = 不参加です。
event-rsvp-update = 回答を変更
event-rsvp-join-waitlist = キャンセル待ちに登録
event-rsvp-yes = はい、参加します
event-comment-when = { $date } { $time } { $zone }
event-going-members-see = 参加者の名前はグループのメンバーに表示されます。

photos-title = 写真
photos-none = まだ写真はありません。
photos-none-yet = まだ写真はありません。参加した方はぜひ追加してください。
photos-all = 写真 { $count } 枚をすべて見る・追加する
photos-add-link = 写真を追加
photos-add-title = 写真を追加する
photos-caption = キャプション（任意。今回アップロードするすべての写真に付きます）
photos-caption-hint = 1 行、200 文字まで。写真を見られない人への説明にもなります。
photos-files = 写真
photos-files-hint = JPEG・PNG・WebP、1 枚 20 MiB まで、一度に { $count } 枚まで。位置情報とカメラ情報は削除されます。
photos-upload = 写真を追加
photos-login = ログインして写真を追加
photos-alt = { $event } の写真
photos-by = { $name } さん撮影
photos-remove = 削除
photos-report = 報告
photos-report-reason = この写真の何が問題ですか？
photos-report-send = 報告を送信
photos-added-count = 写真を { $count } 枚追加しました。
photos-refused-count = { $count } 件のファイルは追加されませんでした：
photos-recent-title = 最近の写真
photos-recent-alt = グループのミートアップの写真
photos-storage-title = 保存容量
photos-storage-used = 写真 { $count } 枚で、グループの { $quota } MiB のうち { $used } MiB を使用しています。
photos-storage-hint = 写真は最大 2048 px とサムネイルで保存されます。容量がいっぱいになると、削除されるまで新しい写真は受け付けられません。
photos-reported-title = 報告された写真
photos-reported-none = 報告された写真はありません。
photos-reported-reasons = 報告 { $count } 件
photos-keep = 写真を残す

## What is on near a place (/events)
events-near-title = 近くで開かれるミートアップ
events-near-when = 期間
events-near-days = 今後 { $count } 日間
events-near-count-place = { $place } から { $km } km 以内に { $count } 件のミートアップ
events-near-count = { $km } km 以内に { $count } 件のミートアップ
events-near-empty = この近くではまだ予定がありません。半径や日数を広げてみてください。
events-near-ask = 都市名か座標を入力すると、近くのものだけが表示されます。
events-near-count-anywhere = 今後のミートアップは { $count } 件です。

# The home page, the error page, the group directory, the group pages (about, events, join,
# code of conduct, report) and event cards in lists.

## Home page

home-title = 近くで Python を使ってものづくりをしている人たちに会いに行きましょう。
home-lede = { $instance } は地域のユーザーグループが集まる場所です。グループを見つけて参加し、次のミートアップに参加表明しましょう。オーガナイザーはメンバー、カレンダー、これまでの歩みを、望む限りずっと持ち続けられます。
home-find-group = グループを探す
home-mine-title = 参加予定のイベント
home-mine-empty = まだ参加表明したイベントはありません。下のミートアップを探すか、<a href="/groups">グループを探して</a>ください。
home-upcoming-title = 今後のミートアップ
home-upcoming-empty = 予定されているミートアップはまだありません。グループがイベントを公開すると、ここに表示されます。

## Error page

error-home-link = ホームページへ
error-not-found = ページが見つかりません
error-forbidden = 許可されていません
error-unauthorized = ログインしてください
error-too-many-requests = しばらくお待ちください
error-uri-too-long = アドレスが長すぎます
error-server = 問題が発生しました
error-other = うまくいきませんでした

## Group directory

group-directory-title = グループを探す
group-directory-search = 検索
group-directory-search-placeholder = Python、データ、東京…
group-directory-city = 市区町村
group-directory-country = 国
group-directory-topic = トピック
group-directory-order = 並び順
group-directory-order-best = 関連度順
group-directory-order-next = 次回ミートアップが近い順
group-directory-active = 活動中のグループのみ
group-directory-near = 場所の近く
group-directory-near-hint = 都市名、または緯度, 経度
group-directory-radius = 半径
group-directory-radius-km = { $km } km
group-directory-order-distance = 近い順
group-directory-distance = { $km } km 先
group-directory-count-near-place = { $place } から { $km } km 以内に { $count } 件のグループ
group-directory-count-near = { $km } km 以内に { $count } 件のグループ
group-directory-count = { $count } 件のグループ
group-directory-count-matching = 「{ $query }」に一致するグループ { $count } 件
group-directory-empty = グループが見つかりません。検索語を減らしてみてください。
group-directory-empty-create = グループが見つかりません。検索語を減らすか、<a href="/groups/new">グループを作成</a>してください。
group-directory-dormant = 休止中
group-directory-next = 次回ミートアップ { $date }
group-directory-no-next = 予定されたミートアップなし
group-directory-last = 前回 { $date }
group-directory-topics = トピック
group-directory-pages = ページ
group-directory-previous = ← 前へ
group-directory-page = { $page } / { $pages } ページ
group-directory-next-page = 次へ →
group-directory-start = グループを作成

## Group header, on every group page

group-members-count = メンバー { $count } 人
group-logo-alt = { $name } のロゴ
group-private = 非公開グループ
group-needs-conduct = 新しい行動規範への同意が必要です
group-unclaimed-title = 未登録の掲載情報です。
group-unclaimed-text = この掲載情報は{ $source }からのもので、このサイトではまだ誰も運営していません。
group-source-wiki = python.org の地域ユーザーグループ一覧
group-dormant-title = 休止中のグループです。
group-dormant-since = { $month }以降イベントはありません。これまでの活動（過去のイベント、トーク、カレンダーフィード）はすべてここに残ります。
group-dormant-never = まだイベントはありません。これまでの活動（過去のイベント、トーク、カレンダーフィード）はすべてここに残ります。
group-adopt = このグループの引き継ぎを申し出る
group-tabs = グループ
group-tab-about = 概要
group-tab-events = イベント
group-tab-members = メンバー
group-tab-conduct = 行動規範
group-tab-settings = 設定
group-tab-manage = メンバー管理
group-tab-reports = 報告
group-tab-audit = 操作ログ

## Group page

group-feed-news-title = { $name }：ニュースフィード
group-feed-calendar-title = { $name }：カレンダー
group-upcoming-title = 今後のミートアップ
group-new-event = 新しいイベント
group-upcoming-empty = 予定されているミートアップはまだありません。
group-upcoming-empty-organizer = 予定されているミートアップはまだありません。「新しいイベント」から次回を予定しましょう。
group-all-events = すべてのイベント
group-recent-title = 最近のミートアップ
group-past-empty = 過去のミートアップはまだありません。
group-about-title = 概要
group-details = グループの詳細
group-membership-title = メンバーシップ
group-member-you = あなたはメンバーです。
group-member-you-role = あなたはメンバーです（{ $role }）。
group-member-emails = このグループからのメール
group-accept-conduct = 新しい行動規範に同意する
group-leave = グループを退会する
group-pending = 参加リクエストはオーガナイザーの承認待ちです。
group-withdraw = リクエストを取り下げる
group-banned = このグループには参加できません。
group-invite-only = このグループは招待制で新しいメンバーを受け入れています。
group-ask-to-join = 参加をリクエスト
group-join-this = このグループに参加
group-organizers-title = オーガナイザー
group-all-members = メンバー全 { $count } 人
group-more-title = その他
group-link-website = ウェブサイト
group-link-chat = チャット
group-link-mailing-list = メーリングリスト
group-link-code = コード
group-subscribe-title = 購読
group-subscribe-text = このグループのミートアップをカレンダーアプリやフィードリーダーでフォローできます。
group-subscribe-webcal = カレンダーアプリで購読
group-subscribe-ics = カレンダーフィード（iCal）
group-subscribe-atom = ニュースフィード（Atom）
group-subscribe-private = <a href="/account/settings#calendar" class="subscribe-private">あなた専用のカレンダーフィードで購読</a>：参加するイベントが入った、あなただけのリンクです。
group-subscribe-private-only = <a href="/account/settings#calendar" class="subscribe-private">あなた専用のカレンダーフィードで購読</a>：参加するイベントが入った、あなただけのリンクです。カレンダーアプリでこのグループのイベントもそこでフォローできます。
group-conduct-link = <a href="{ $href }">行動規範</a>（バージョン { $version }）
group-report-link = <a href="{ $href }">問題を報告する</a>（オーガナイザーに非公開で届きます）
group-role-organizer = オーガナイザー
group-role-co-organizer = 共同オーガナイザー
group-role-assistant-organizer = アシスタントオーガナイザー
group-role-event-organizer = イベントオーガナイザー
group-role-member = メンバー

## Joining

group-join-title = { $name } に参加
group-ask-title = { $name } への参加をリクエスト
group-join-conduct = 行動規範
group-join-accept = 行動規範（バージョン { $version }）を読み、これに従います。
group-join-review = オーガナイザーがリクエストを確認します。
group-join-review-answers = オーガナイザーがリクエストを確認し、あなたの回答を読みます。
group-join-send-request = リクエストを送信
group-join-button = 参加する
group-join-tick-box = 行動規範に同意するには、チェックボックスにチェックを入れてください。

## Code of conduct

group-conduct-title = 行動規範
group-conduct-heading = 行動規範 バージョン { $version }
group-conduct-version = バージョン { $version }（{ $date }）
group-conduct-changed = 前回同意した後に行動規範が変更されました。引き続き参加表明するには、内容を読んで同意してください。
group-conduct-accept = バージョン { $version } に同意します
group-conduct-history = 以前のバージョン

## Reporting a concern

group-report-title = 問題を報告する
group-report-intro = 報告は { $name } のオーガナイザーに非公開で届きます。オーガナイザーに関する報告の場合は、このサイトの管理者にも届きます。報告が公開されることはなく、対象の人に報告者が伝えられることもありません。
group-report-who = 誰についての報告ですか？（任意）
group-report-someone-else = 他の人、または自分で説明したい
group-report-describe = または、相手について説明してください（任意）
group-report-what = 何がありましたか？
group-report-send = 報告を送信

## A group's events

group-events-title = イベント
group-new-series = 新しいシリーズ
group-events-upcoming = 今後の予定
group-events-past = 過去
group-events-no-more-past = これ以上過去のミートアップはありません。
group-events-past-nav = 過去のイベント
group-events-newer = 新しい順へ
group-events-page = { $page } ページ
group-events-older = さらに前へ

## Event cards in lists

group-card-time = { $time } { $zone }
group-card-going = { $count } 人参加
group-card-badge-draft = 下書き
group-card-badge-cancelled = 中止
group-card-badge-live = 開催中
group-card-badge-closed = 受付終了
group-card-badge-full = 満席
group-card-mine-going = 参加予定
group-card-mine-waitlisted = キャンセル待ち
group-move-going = 参加
group-move-waitlist = キャンセル待ち
group-move-not-going = 不参加
group-fediverse-follow = Mastodon などの Fediverse サーバーからフォロー: { $handle }
group-fediverse-followers = フォロワー { $count } 人
group-tab-numbers = 数字

group-tab-photos = 写真

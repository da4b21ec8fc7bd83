# The site's frame: header, navigation, footer, shared words.
site-description = { $instance } で活動する地域のグループとそのイベント。
site-skip-to-content = 本文へスキップ
site-nav-label = メインナビゲーション
site-find-group = グループを探す
site-events-near = 近くのイベント
site-start-group = グループを作成
site-admin = 管理
site-log-out = ログアウト
site-log-in = ログイン
site-sign-up = 新規登録
site-confirm-email = メールアドレスの確認をお願いします。お送りしたリンクを開いてください。
site-send-new-link = 新しいリンクを送信
site-footer = { $instance } は、地域グループのための自由ソフトウェア <a href="https://example.invalid/muster">Muster</a> で運営されています。グループの歴史は、これからもあなたのグループのものです。
site-language = 言語
site-language-change = 変更

## Maps
map-groups-label = これらのグループの地図
map-events-label = これらのミートアップの地図
map-label = 地図
near-locate = 現在地を使う
near-locate-refused = 現在地を取得できません。都市名を入力してください。

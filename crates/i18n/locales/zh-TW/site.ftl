# The site's frame: header, navigation, footer, shared words.
site-description = { $instance } 上的在地社群與他們的聚會。
site-skip-to-content = 跳至主要內容
site-nav-label = 主要導覽
site-find-group = 尋找社群
site-events-near = 附近活動
site-start-group = 建立社群
site-admin = 管理
site-log-out = 登出
site-log-in = 登入
site-sign-up = 註冊
site-confirm-email = 請確認您的電子郵件地址：點選我們寄給您的連結即可。
site-send-new-link = 重新寄送連結
site-footer = { $instance } 採用 <a href="https://example.invalid/muster">Muster</a>，一套為在地社群打造的自由軟體。您社群的歷史紀錄永遠屬於您。
site-language = 語言
site-language-change = 變更

## Maps
map-groups-label = 這些社群的地圖
map-events-label = 這些聚會的地圖
map-label = 地圖
near-locate = 使用我的位置
near-locate-refused = 無法取得你的位置：請輸入城市。

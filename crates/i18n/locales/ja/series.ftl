# How a series repeats, in words: the series page and its list of meetups.
# $weekday is monday … sunday; $nth is first, second, third, fourth or last.

series-every-weekday = 毎週{ $weekday ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
   *[sunday] 日曜日
}
series-every-n-weeks = { $interval ->
    [2] 隔週
   *[other] { $interval } 週間ごとの
}{ $weekday ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
   *[sunday] 日曜日
}
series-monthly-nth = 毎月{ $nth ->
    [first] 第 1{ " " }
    [second] 第 2{ " " }
    [third] 第 3{ " " }
    [fourth] 第 4{ " " }
   *[last] 最終
}{ $weekday ->
    [monday] 月曜日
    [tuesday] 火曜日
    [wednesday] 水曜日
    [thursday] 木曜日
    [friday] 金曜日
    [saturday] 土曜日
   *[sunday] 日曜日
}
series-monthly-day = 毎月 { $day } 日
# Days 29–31: some months do not have them.
series-monthly-day-skipping = 毎月 { $day } 日（{ $day } 日がない月はスキップ）
series-rule-once = { $repeat }、1 回のみ
series-rule-times = { $repeat }、全 { $count } 回
series-rule-until = { $repeat }、{ $date } まで
series-ended-before-first = { $repeat }。初回を迎える前に終了しました
series-ends-after = { $repeat }。全 { $count } 回で終了予定（最終回は { $day }）
series-ended-after = { $repeat }。全 { $count } 回で終了しました（最終回は { $day }）
series-repeating = 定期開催のシリーズ

# How a series repeats, in words: the series page and its list of meetups.
# $weekday is monday … sunday; $nth is first, second, third, fourth or last.

series-every-weekday = 每個{ $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
series-every-n-weeks = 每 { $interval } 週的{ $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
series-monthly-nth = 每月{ $nth ->
    [first] 第一個
    [second] 第二個
    [third] 第三個
    [fourth] 第四個
   *[last] 最後一個
}{ $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
series-monthly-day = 每月 { $day } 日
# Days 29–31: some months do not have them.
series-monthly-day-skipping = 每月 { $day } 日（沒有 { $day } 日的月份會略過）
series-rule-once = { $repeat }，僅一場
series-rule-times = { $repeat }，共 { $count } 場
series-rule-until = { $repeat }，直到 { $date }
series-ended-before-first = { $repeat }；在第一場聚會前就已結束
series-ends-after = { $repeat }；將在 { $count } 場聚會後結束，最後一場是 { $day }
series-ended-after = { $repeat }；已在 { $count } 場聚會後結束，最後一場是 { $day }
series-repeating = 定期系列活動

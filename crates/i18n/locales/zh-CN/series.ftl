# How a series repeats, in words: the series page and its list of meetups.
# $weekday is monday … sunday; $nth is first, second, third, fourth or last.

series-every-weekday = 每个{ $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
series-every-n-weeks = 每 { $interval } 周的{ $weekday ->
    [monday] 星期一
    [tuesday] 星期二
    [wednesday] 星期三
    [thursday] 星期四
    [friday] 星期五
    [saturday] 星期六
   *[sunday] 星期日
}
series-monthly-nth = 每月{ $nth ->
    [first] 第一个
    [second] 第二个
    [third] 第三个
    [fourth] 第四个
   *[last] 最后一个
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
series-monthly-day-skipping = 每月 { $day } 日（没有 { $day } 日的月份将跳过）
series-rule-once = { $repeat }，仅一次
series-rule-times = { $repeat }，共 { $count } 次
series-rule-until = { $repeat }，直到 { $date }
series-ended-before-first = { $repeat }；在第一次聚会之前已结束
series-ends-after = { $repeat }；将在 { $count } 次聚会后结束，最后一次是 { $day }
series-ended-after = { $repeat }；已在 { $count } 次聚会后结束，最后一次是 { $day }
series-repeating = 周期性系列活动

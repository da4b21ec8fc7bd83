when-one-day = { $date } { $start }–{ $end }（{ $zone }）
when-days = { $start } 至 { $end }
when-moment = { $date } { $time }（{ $zone }）

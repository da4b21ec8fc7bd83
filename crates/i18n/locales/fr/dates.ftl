when-one-day = { $date } de { $start } à { $end } ({ $zone })
when-days = du { $start } au { $end }
when-moment = { $date } à { $time } ({ $zone })

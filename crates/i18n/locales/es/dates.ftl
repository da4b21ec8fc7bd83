when-one-day = { $date }, { $start }–{ $end } ({ $zone })
when-days = { $start } – { $end }
when-moment = { $date }, { $time } ({ $zone })

when-one-day = { $date }, das { $start } às { $end } ({ $zone })
when-days = de { $start } a { $end }
when-moment = { $date }, às { $time } ({ $zone })

# How an event's time reads. $date is the weekday and date, $start/$end/$time the time of day,
# $zone the time zone's name, each already in this language.
when-one-day = { $date }, { $start }–{ $end } { $zone }
when-days = { $start } – { $end }
when-moment = { $date }, { $time } { $zone }

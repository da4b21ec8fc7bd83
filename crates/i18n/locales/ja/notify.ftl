lead-days = { $days }日
lead-hours = { $hours }時間

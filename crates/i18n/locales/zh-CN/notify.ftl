lead-days = { $days } 天
lead-hours = { $hours } 小时

# The time-zone list of the group, event and series forms.
zone-choose = Choose a time zone
zone-region-africa = Africa
zone-region-america = America
zone-region-antarctica = Antarctica
zone-region-arctic = Arctic
zone-region-asia = Asia
zone-region-atlantic = Atlantic
zone-region-australia = Australia
zone-region-europe = Europe
zone-region-indian = Indian
zone-region-pacific = Pacific

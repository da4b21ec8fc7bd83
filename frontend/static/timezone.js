// The sign-up form's hidden `timezone` field gets the browser's own zone (an IANA name such as
// Europe/Berlin), so a new account sees event times in its own zone from the start. Without
// JavaScript, or without Intl, the field stays empty and the zone stays unknown until the
// person picks one in their settings. The server checks the name against its list of zones.
(function () {
  var field = document.getElementById('f-timezone');
  if (!field) return;
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (typeof zone === 'string') field.value = zone;
  } catch (e) {
    // No Intl: nothing to report.
  }
})();

// "Use my location" on the directory and the meetups page: shown only where the browser can
// tell its location, it fills the place field with the coordinates (to about a kilometre) and
// searches. Without this script, or without permission, people type a city as before.
(function () {
  "use strict";
  var button = document.querySelector("[data-locate]");
  var field = document.getElementById("near");
  if (!button || !field || !navigator.geolocation) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        field.value = position.coords.latitude.toFixed(2) + "," + position.coords.longitude.toFixed(2);
        field.form.submit();
      },
      function () {
        button.disabled = false;
        button.textContent = button.getAttribute("data-refused");
      },
      { maximumAge: 600000, timeout: 10000 }
    );
  });
})();
